/**
 * Layout of the search index under `data/search/` (written by the loader, read
 * by the browser and the `search` command through the same engine). Paths here
 * are logical; on disk every file but `entry.json` carries its content hash in
 * its name (`entry.ts`), so files of two builds never mix.
 *
 * - `entry.json`: {@link Entry}: format version, build id, counts, the hashes of every other file;
 * - `u/<k>.bin.gz`: unigram postings, `b/<k>.bin.gz`: postings of the pairs of adjacent
 *   characters (punctuation and spaces too, each in one of its pairs: {@link pairIndexed}), `p/<k>.bin.gz`: their
 *   positions, one file per hash bucket `k`, so a query fetches only its grams' buckets. The docs are
 *   indexed in {@link Segment}s of consecutive doc ids, each with buckets of its own (`u1/<k>`, `b1/<k>`,
 *   `p1/<k>` for the second), so adding an issue rewrites only the newest segment's files. A bucket
 *   file is the gram count, the keys (first code point as a delta from the previous key's, the
 *   second as a delta when the first repeats), then each posting: its doc count and per doc
 *   `(doc gap - 1) * 8 + meta`; a positions file holds, per gram and doc, the count when 4 or more,
 *   the number in the head when the first is and there are several, then the positions as deltas;
 * - `f/<doc>.json.gz`: one article's text and metadata, fetched for results on screen;
 * - `t2s/chars.bin.gz`: the characters the traditional → simplified table maps, and
 *   `t2s/<k>.json.gz` the table in parts, fetched only when a query holds a mapped character.
 *
 * `.gz` files are gzip-compressed on disk, as Pagefind keeps its files; readers
 * inflate them, or take them as they come when the host already did.
 */

export const SEARCH_DIR = "data/search";

/** A searchable article as the fragment file holds it. */
export interface Fragment {
  /** issue id */
  i: string;
  /** article id */
  a: string;
  k: string | null;
  t: string;
  s: string | null;
  by: string | null;
  /** publication */
  p: string | null;
  /** issue date */
  d: string | null;
  /** the issue date was inferred from the text */
  di: boolean;
  /** paragraphs, joined by \n */
  x: string;
}

/** Parts of the traditional → simplified table, by code point. */
export const T2S_PARTS = 8;

/**
 * Docs indexed together: segment `s` holds the `docs` doc ids after those of the segments before it,
 * in `u` unigram and `b` bigram buckets. Doc ids in its postings are the archive's own.
 */
export interface Segment {
  docs: number;
  u: number;
  b: number;
}

/** A segment's directory of a family: `u`, `b`, `p` for the first, `u1`, `b1`, `p1` for the second, … */
const seg = (family: string, s: number) => (s === 0 ? family : `${family}${s}`);

export const paths = {
  entry: () => `${SEARCH_DIR}/entry.json`,
  unigrams: (s: number, k: number) => `${SEARCH_DIR}/${seg("u", s)}/${k}.bin.gz`,
  bigrams: (s: number, k: number) => `${SEARCH_DIR}/${seg("b", s)}/${k}.bin.gz`,
  positions: (s: number, k: number) => `${SEARCH_DIR}/${seg("p", s)}/${k}.bin.gz`,
  fragment: (doc: number) => `${SEARCH_DIR}/f/${doc}.json.gz`,
  t2sChars: () => `${SEARCH_DIR}/t2s/chars.bin.gz`,
  t2s: (cp: number) => `${SEARCH_DIR}/t2s/${cp % T2S_PARTS}.json.gz`,
};

// Which pairs are indexed. Letters and digits pair with each other; any other character only with
// one neighbour: an opening bracket or quote with the character after it, every other one (comma,
// full stop, closing quote, space, …) with the character before it. Every term that holds such a
// character past its first (or, for an opening one, before its last) finds it in a pair.
const WORD = /[\p{L}\p{N}\p{M}.%]/u;
const OPENING = /[\p{Ps}\p{Pi}]/u;
const classes = new Map<number, number>();
/** 0: a word character; 1: pairs with the character before it; 2: with the one after it (opening). */
function classOf(cp: number): number {
  let k = classes.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = WORD.test(ch) ? 0 : OPENING.test(ch) ? 2 : 1;
    classes.set(cp, k);
  }
  return k;
}

/** Whether the pair (a, b) is in the index wherever it occurs inside a field. */
export const pairIndexed = (a: number, b: number) => {
  const ka = classOf(a);
  const kb = classOf(b);
  return (ka === 0 && kb === 0) || kb === 1 || ka === 2;
};

/** Key of a gram: one code point, or two as cp1 * 0x110000 + cp2 (below 2^53). */
export const gramKey = (cps: number[]) => (cps.length === 1 ? cps[0] : cps[0] * 0x110000 + cps[1]);

/** FNV-1a over the key's decimal digits: the bucket of a gram among `n`. */
export function bucketOf(key: number, n: number): number {
  let h = 0x811c9dc5;
  const s = String(key);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % n;
}

/** The bucket of a gram (one code point or two) in each segment. */
export const gramBuckets = (segments: Segment[], cps: number[]): { s: number; k: number }[] =>
  segments.map((g, s) => ({ s, k: bucketOf(gramKey(cps), cps.length === 2 ? g.b : g.u) }));

/** Per-doc byte in a posting: head hit bit and a count bucket (1, 2, 3, 4+). */
export const packMeta = (count: number, head: boolean) => (head ? 4 : 0) | (Math.min(count, 4) - 1);
export const metaHead = (m: number) => (m & 4) !== 0;
export const metaCount = (m: number) => (m & 3) + 1;
export const COUNT_OPEN = 4;

/** The text of an article as indexed: head (kicker, title, subtitle) then body (byline, paragraphs), fields split by \n. */
export function docText(a: { kicker: string | null; title: string; subtitle: string | null; byline: string | null; paragraphs: string[] }) {
  const head = [a.kicker ?? "", a.title, a.subtitle ?? ""].join("\n");
  const body = [a.byline ?? "", ...a.paragraphs].join("\n");
  return { head, body, text: `${head}\n${body}` };
}

/** Exact matching of one normalised term against the index. */
import { docText, metaCount, metaHead, pairIndexed, type Fragment } from "./format";
import { indexOfDoc, type Posting, type Positions } from "./postings";
import { normalize } from "./normalize";

/** What matching needs from the engine. */
export interface Source {
  posting(cps: number[]): Promise<Posting>;
  bigramPositions(cps: number[]): Promise<Positions>;
  /** Article text: only for the rare term no pairs cover. */
  fragment(doc: number): Promise<Fragment>;
}

/** The docs a term matches (ascending), with per doc its hit count, a title hit bit and, where known, the match starts. */
export interface TermMatch {
  term: string;
  docs: Int32Array;
  counts: Int32Array;
  head: Uint8Array;
  starts?: Int32Array[];
}

export function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out[n++] = a[i];
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out.subarray(0, n);
}

function fromPosting(term: string, p: Posting, within: Int32Array | null): TermMatch {
  const keep = within ? intersectSorted(p.docs, within) : p.docs;
  const counts = new Int32Array(keep.length);
  const head = new Uint8Array(keep.length);
  let j = 0;
  keep.forEach((d, i) => {
    while (p.docs[j] !== d) j++;
    counts[i] = metaCount(p.meta[j]);
    head[i] = metaHead(p.meta[j]) ? 1 : 0;
  });
  return { term, docs: keep, counts, head };
}

/**
 * Offsets of pairs that together cover every character of a term of code points `cps`, each a pair
 * the index holds wherever it occurs; null when a character has none (a term starting with a comma).
 */
function coveringOffsets(cps: number[]): number[] | null {
  const ok = (j: number) => pairIndexed(cps[j], cps[j + 1]);
  const offs: number[] = [];
  for (let j = 0; j < cps.length;) {
    if (j <= cps.length - 2 && ok(j)) {
      offs.push(j);
      j += 2;
    } else if (j >= 1 && ok(j - 1)) {
      if (offs[offs.length - 1] !== j - 1) offs.push(j - 1);
      j += 1;
    } else return null;
  }
  return offs;
}

/** Start positions where every covering bigram sits at its offset. */
function align(lists: Int32Array[], offs: number[]): Int32Array {
  let starts = lists[0];
  for (let k = 1; k < lists.length && starts.length; k++) {
    const next = lists[k];
    const o = offs[k];
    const out: number[] = [];
    let j = 0;
    for (let i = 0; i < starts.length; i++) {
      const want = starts[i] + o;
      while (j < next.length && next[j] < want) j++;
      if (j < next.length && next[j] === want) out.push(starts[i]);
    }
    starts = Int32Array.from(out);
  }
  return starts;
}

async function matchLong(src: Source, term: string, cps: number[], offs: number[], within: Int32Array | null): Promise<TermMatch> {
  const grams = offs.map((o) => [cps[o], cps[o + 1]]);
  const postings = await Promise.all(grams.map((g) => src.posting(g)));
  let cand = postings.map((p) => p.docs).reduce(intersectSorted);
  if (within) cand = intersectSorted(cand, within);
  if (!cand.length) return { term, docs: cand, counts: new Int32Array(0), head: new Uint8Array(0), starts: [] };
  const positions = await Promise.all(grams.map((g) => src.bigramPositions(g)));
  const docs: number[] = [];
  const counts: number[] = [];
  const head: number[] = [];
  const starts: Int32Array[] = [];
  for (const d of cand) {
    let inHead = 0;
    const lists = postings.map((p, k) => {
      const i = indexOfDoc(p.docs, d);
      const { at, pos } = positions[k];
      if (k === 0) inHead = positions[0].head[i];
      return pos.subarray(at[i], at[i + 1]);
    });
    const s = align(lists, offs);
    if (!s.length) continue;
    docs.push(d);
    counts.push(s.length);
    // The first bigram's first `inHead` positions are in the head: so is a match starting at one of them.
    head.push(inHead > 0 && s[0] <= lists[0][inHead - 1] ? 1 : 0);
    starts.push(s);
  }
  return { term, docs: Int32Array.from(docs), counts: Int32Array.from(counts), head: Uint8Array.from(head), starts };
}

function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * A term the indexed pairs do not cover (it starts with a comma, ends with an opening quote, or ends
 * one character after a comma, …): narrowed by its pieces between such places, which the pairs do
 * cover, then checked against the article text.
 */
async function matchByText(src: Source, term: string, cps: number[], within: Int32Array | null): Promise<TermMatch> {
  let cand = within;
  let start = 0;
  for (let j = 1; j <= cps.length; j++) {
    if (j < cps.length && pairIndexed(cps[j - 1], cps[j])) continue;
    const piece = String.fromCodePoint(...cps.slice(start, j));
    if (piece !== " ") cand = (await matchTerm(src, piece, cand)).docs;
    start = j;
  }
  if (!cand) return { term, docs: new Int32Array(0), counts: new Int32Array(0), head: new Uint8Array(0) };
  const frags = await Promise.all([...cand].map((d) => src.fragment(d)));
  const docs: number[] = [];
  const counts: number[] = [];
  const head: number[] = [];
  frags.forEach((f, i) => {
    const t = docText({ kicker: f.k, title: f.t, subtitle: f.s, byline: f.by, paragraphs: [f.x] });
    const n = occurrences(normalize(t.text), term);
    if (!n) return;
    docs.push(cand[i]);
    counts.push(n);
    head.push(normalize(t.head).includes(term) ? 1 : 0);
  });
  return { term, docs: Int32Array.from(docs), counts: Int32Array.from(counts), head: Uint8Array.from(head) };
}

/** The docs (within `within`, if given) whose text contains `term` exactly: any characters, spaces and punctuation too. */
export async function matchTerm(src: Source, term: string, within: Int32Array | null): Promise<TermMatch> {
  const cps = [...term].map((c) => c.codePointAt(0)!);
  if (cps.length === 1) return fromPosting(term, await src.posting(cps), within);
  const offs = coveringOffsets(cps);
  if (!offs) return matchByText(src, term, cps, within);
  if (cps.length === 2) return fromPosting(term, await src.posting(cps), within);
  return matchLong(src, term, cps, offs, within);
}

/**
 * Build the search index: unigram postings and the postings and positions of
 * the pairs of adjacent characters (spaces and punctuation too, so a phrase is
 * aligned from positions like any term) over the normalised text of every
 * article, split into hash buckets so a query fetches only what its grams need.
 * Node only.
 */
import { gzipSync } from "node:zlib";
import type { Article, IssueFile } from "../shared/contract";
import { normalize, NEWLINE } from "../shared/search/normalize";
import { ByteWriter } from "../shared/search/varint";
import { bucketOf, docText, packMeta, pairIndexed, paths, type Fragment, COUNT_OPEN } from "../shared/search/format";

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);
const SPACE = 32;

// Bucket files of at most this many bytes before compression, on average: small enough that
// a query's extra bytes stay few. The count is a power of two, so it changes only when the archive doubles.
const TARGET_BUCKET_BYTES = 6000;

/** One gram's posting, encoded as docs arrive (in ascending order). */
class Gram {
  prev = -1;
  n = 0;
  readonly post = new ByteWriter(8);
  readonly pos: ByteWriter | null;
  constructor(withPositions: boolean) {
    this.pos = withPositions ? new ByteWriter(8) : null;
  }
  add(doc: number, meta: number) {
    this.post.varint((doc - this.prev - 1) * 8 + meta);
    this.prev = doc;
    this.n++;
  }
}

/**
 * Articles in index order, oldest issue first and each issue's articles last to
 * first (`issues` come newest first): doc id = index. A newer issue appends docs,
 * so existing doc ids and their files stay; a higher doc id is a newer issue or earlier in print.
 */
export function searchDocs(issues: IssueFile[]): { issue: IssueFile; article: Article }[] {
  return issues.flatMap((issue) => issue.articles.map((article) => ({ issue, article }))).reverse();
}

function gram(map: Map<number, Gram>, key: number, withPositions: boolean): Gram {
  let g = map.get(key);
  if (!g) map.set(key, (g = new Gram(withPositions)));
  return g;
}

/** Bucket files (layout in format.ts): the keys, then the postings; positions files hold the positions in the same order. */
function writeBuckets(map: Map<number, Gram>, bigram: boolean) {
  const encoded = [...map.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([k, g]) => ({ k, post: new ByteWriter(8).varint(g.n).bytes(g.post.done()).done(), pos: g.pos?.done() }));
  const total = encoded.reduce((n, e) => n + e.post.length, 0);
  const n = 2 ** Math.max(0, Math.ceil(Math.log2(total / TARGET_BUCKET_BYTES)));
  const buckets: (typeof encoded)[] = Array.from({ length: n }, () => []);
  for (const e of encoded) buckets[bucketOf(e.k, n)].push(e);
  const files = buckets.map((list) => {
    const post = new ByteWriter().varint(list.length);
    let prevC = 0;
    let prevD = 0;
    list.forEach((e, i) => {
      const c = bigram ? Math.floor(e.k / 0x110000) : e.k;
      post.varint(c - prevC);
      if (bigram) {
        const d = e.k % 0x110000;
        post.varint(i > 0 && c === prevC ? d - prevD : d);
        prevD = d;
      }
      prevC = c;
    });
    list.forEach((e) => post.bytes(e.post));
    let pos: Uint8Array | null = null;
    if (bigram) {
      const w = new ByteWriter();
      list.forEach((e) => w.bytes(e.pos!));
      pos = w.done();
    }
    return { post: post.done(), pos };
  });
  return { n, files };
}

function fragmentOf(issue: IssueFile, a: Article): Fragment {
  return {
    i: issue.issue.id,
    a: a.id,
    k: a.kicker,
    t: a.title,
    s: a.subtitle,
    by: a.byline,
    p: issue.issue.publication,
    d: issue.issue.date,
    di: issue.issue.dateInferred,
    x: a.paragraphs.join("\n"),
  };
}

const gz = (b: Uint8Array) => gzipSync(b, { level: 9 });

export interface SearchIndex {
  /** Logical path → bytes. */
  files: Map<string, Uint8Array>;
  docs: number;
  buckets: { u: number; b: number };
}

/** Index one article: its unigrams and its pairs with their positions (head first, then a newline, then body). */
function indexDoc(doc: number, article: Article, uni: Map<number, Gram>, bi: Map<number, Gram>) {
  const { head, body } = docText(article);
  const headCps = codePoints(normalize(head));
  const cps = headCps.concat(NEWLINE, codePoints(normalize(body)));
  const headLen = headCps.length;
  const uCount = new Map<number, [number, boolean]>();
  const bPos = new Map<number, number[]>();
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c === NEWLINE) continue;
    if (c !== SPACE) {
      const u = uCount.get(c);
      if (u) u[0]++;
      else uCount.set(c, [1, i < headLen]);
    }
    const d = cps[i + 1];
    // No pair crosses a field, and a query never holds two spaces in a row; a comma (…) is in the
    // pair before it only, unless it starts the field.
    if (d === undefined || d === NEWLINE || (c === SPACE && d === SPACE)) continue;
    if (!pairIndexed(c, d) && i > 0 && cps[i - 1] !== NEWLINE) continue;
    const key = c * 0x110000 + d;
    const list = bPos.get(key);
    if (list) list.push(i);
    else bPos.set(key, [i]);
  }
  for (const [c, [count, inHead]] of uCount) gram(uni, c, false).add(doc, packMeta(count, inHead));
  for (const [key, list] of bPos) {
    const g = gram(bi, key, true);
    const inHead = list[0] < headLen;
    g.add(doc, packMeta(list.length, inHead));
    // Per doc: the count when it is 4 or more, how many of the positions are in the head when
    // there is more than one and the first is, then the positions as deltas.
    const pos = g.pos!;
    if (list.length >= COUNT_OPEN) pos.varint(list.length);
    if (inHead && list.length > 1) pos.varint(list.filter((x) => x < headLen).length);
    let prev = 0;
    for (const x of list) {
      pos.varint(x - prev);
      prev = x;
    }
  }
}

/** All files of the search index, by logical path. */
export function buildSearchIndex(issues: IssueFile[]): SearchIndex {
  const docs = searchDocs(issues);
  const uni = new Map<number, Gram>();
  const bi = new Map<number, Gram>();
  const files = new Map<string, Uint8Array>();
  docs.forEach(({ issue, article }, doc) => {
    indexDoc(doc, article, uni, bi);
    files.set(paths.fragment(doc), gz(Buffer.from(JSON.stringify(fragmentOf(issue, article)))));
  });
  const u = writeBuckets(uni, false);
  const b = writeBuckets(bi, true);
  u.files.forEach((f, k) => files.set(paths.unigrams(k), gz(f.post)));
  b.files.forEach((f, k) => {
    files.set(paths.bigrams(k), gz(f.post));
    files.set(paths.positions(k), gz(f.pos!));
  });
  return { files, docs: docs.length, buckets: { u: u.n, b: b.n } };
}

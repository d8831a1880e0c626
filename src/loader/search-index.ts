/**
 * Build the search index: unigram postings and the postings and positions of
 * the pairs of adjacent characters (spaces and punctuation too, so a phrase is
 * aligned from positions like any term) over the normalised text of every
 * article, split into hash buckets so a query fetches only what its grams need.
 * Node only.
 */
import { constants, gzipSync } from "node:zlib";
import type { Article, IssueFile } from "../shared/contract";
import { normalize, NEWLINE } from "../shared/search/normalize";
import { ByteWriter } from "../shared/search/varint";
import { BytePool } from "./byte-pool";
import { bucketOf, docText, packMeta, pairIndexed, paths, type Fragment, type Segment, COUNT_OPEN } from "../shared/search/format";

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);
const SPACE = 32;

// Bucket files of at most this many bytes before compression, on average (6–12 KB): small enough
// that a query's extra bytes stay few, few enough that each file's compression overhead stays small.
// The count is a power of two, so it changes only when the archive doubles. The newest segment's
// are smaller: every added issue rewrites them all, and a query fetches one of them per gram too.
const TARGET_BUCKET_BYTES = 12000;
const TARGET_TAIL_BUCKET_BYTES = 3000;
// The older segment grows in whole units of 1/16 to 1/32 of the archive (never under this many docs):
// an added issue rewrites the newest segment's files, and the older segment's once a unit fills.
const MIN_SEGMENT_UNIT = 256;

/** Doc counts of the index's segments for `n` docs: the older docs in whole units, then the newest. */
export function segmentSizes(n: number): number[] {
  const unit = Math.max(MIN_SEGMENT_UNIT, 2 ** (Math.floor(Math.log2(Math.max(1, n))) - 4));
  const older = Math.floor(n / unit) * unit;
  return older === 0 || older === n ? [n] : [older, n - older];
}

/** The grams of one family: each a posting stream (and a positions stream) in the pool, encoded as docs arrive in ascending order. */
class Grams {
  readonly ids = new Map<number, number>();
  private readonly keys: number[] = [];
  private readonly prev: number[] = [];
  private readonly n: number[] = [];
  readonly stream: number[] = [];
  readonly posStream: number[] = [];
  constructor(
    readonly pool: BytePool,
    readonly withPositions: boolean,
  ) {}

  /** The gram's number, a new one for a key not seen before. */
  id(key: number): number {
    let g = this.ids.get(key);
    if (g === undefined) {
      g = this.keys.push(key) - 1;
      this.ids.set(key, g);
      this.prev.push(-1);
      this.n.push(0);
      this.stream.push(this.pool.stream());
      if (this.withPositions) this.posStream.push(this.pool.stream());
    }
    return g;
  }

  add(g: number, doc: number, meta: number) {
    this.pool.varint(this.stream[g], (doc - this.prev[g] - 1) * 8 + meta);
    this.prev[g] = doc;
    this.n[g]++;
  }

  /** Every gram: key, encoded posting (doc count first), positions. */
  *encoded(): Generator<{ k: number; post: Uint8Array; pos: Uint8Array | undefined }> {
    for (let g = 0; g < this.keys.length; g++) {
      const body = this.pool.bytes(this.stream[g]);
      yield {
        k: this.keys[g],
        post: new ByteWriter(body.length + 5).varint(this.n[g]).bytes(body).done(),
        pos: this.withPositions ? this.pool.bytes(this.posStream[g]) : undefined,
      };
    }
  }
}

/**
 * Articles in index order: issues in the order the archive took them (`seq`, from the id ledger;
 * issues without one after, oldest first, as `issues` come newest first), each issue's articles last
 * to first: doc id = index. An added issue, of any date, appends docs, so existing doc ids and their
 * files stay; a higher doc id is an issue taken later, or earlier in print.
 */
export function searchDocs(issues: IssueFile[]): { issue: IssueFile; article: Article }[] {
  const order = issues.map((issue, i) => ({ issue, i }));
  const seq = (f: IssueFile) => f.seq ?? Infinity;
  order.sort((a, b) => (seq(a.issue) === seq(b.issue) ? b.i - a.i : seq(a.issue) - seq(b.issue)));
  return order.flatMap(({ issue }) => issue.articles.map((article) => ({ issue, article })).reverse());
}

/** Bucket files (layout in format.ts): the keys, then the postings; positions files hold the positions in the same order. */
function writeBuckets(grams: Grams, bigram: boolean, target: number) {
  const encoded = [...grams.encoded()].sort((a, b) => a.k - b.k);
  const total = encoded.reduce((n, e) => n + e.post.length, 0);
  const n = 2 ** Math.max(0, Math.ceil(Math.log2(total / target)));
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

// Postings and positions are small numbers: zlib's strategy for filtered data suits them best.
const gz = (b: Uint8Array, filtered = false) =>
  gzipSync(b, { level: 9, strategy: filtered ? constants.Z_FILTERED : constants.Z_DEFAULT_STRATEGY });

export interface SearchIndex {
  /** Logical path → bytes. */
  files: Map<string, Uint8Array>;
  docs: number;
  segments: Segment[];
}

/** Reused from article to article: the pairs of one article, chained by first occurrence. */
class DocScratch {
  next = new Int32Array(4096);
  readonly first = new Map<number, number>();
  readonly last = new Map<number, number>();
  readonly uni = new Map<number, number>();
  reset(len: number) {
    if (len > this.next.length) this.next = new Int32Array(len * 2);
    this.first.clear();
    this.last.clear();
    this.uni.clear();
  }
}

/** Index one article: its unigrams and its pairs with their positions (head first, then a newline, then body). */
function indexDoc(doc: number, article: Article, uni: Grams, bi: Grams, x: DocScratch) {
  const { head, body } = docText(article);
  const headCps = codePoints(normalize(head));
  const cps = headCps.concat(NEWLINE, codePoints(normalize(body)));
  const headLen = headCps.length;
  x.reset(cps.length);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c === NEWLINE) continue;
    // Unigrams: count (times 2) plus a head bit.
    if (c !== SPACE) {
      const u = x.uni.get(c);
      x.uni.set(c, u === undefined ? 2 + (i < headLen ? 1 : 0) : u + 2);
    }
    const d = cps[i + 1];
    // No pair crosses a field, a query never holds two spaces in a row, and punctuation is in one of its pairs.
    if (d === undefined || d === NEWLINE || (c === SPACE && d === SPACE) || !pairIndexed(c, d)) continue;
    const key = c * 0x110000 + d;
    x.next[i] = -1;
    const last = x.last.get(key);
    if (last === undefined) x.first.set(key, i);
    else x.next[last] = i;
    x.last.set(key, i);
  }
  for (const [c, v] of x.uni) uni.add(uni.id(c), doc, packMeta(v >> 1, (v & 1) === 1));
  const pool = bi.pool;
  for (const [key, start] of x.first) {
    let count = 0;
    let inHead = 0;
    for (let i = start; i >= 0; i = x.next[i]) {
      count++;
      if (i < headLen) inHead++;
    }
    const g = bi.id(key);
    bi.add(g, doc, packMeta(count, start < headLen));
    // Per doc: the count when it is 4 or more, how many of the positions are in the head when
    // there is more than one and the first is, then the positions as deltas.
    const pos = bi.posStream[g];
    if (count >= COUNT_OPEN) pool.varint(pos, count);
    if (start < headLen && count > 1) pool.varint(pos, inHead);
    let prev = 0;
    for (let i = start; i >= 0; i = x.next[i]) {
      pool.varint(pos, i - prev);
      prev = i;
    }
  }
}

/** All files of the search index, by logical path. */
export function buildSearchIndex(issues: IssueFile[]): SearchIndex {
  const docs = searchDocs(issues);
  const pool = new BytePool();
  const scratch = new DocScratch();
  const files = new Map<string, Uint8Array>();
  const segments: Segment[] = [];
  let first = 0;
  segmentSizes(docs.length).forEach((size, s, all) => {
    const uni = new Grams(pool, false);
    const bi = new Grams(pool, true);
    for (let doc = first; doc < first + size; doc++) {
      const { issue, article } = docs[doc];
      indexDoc(doc, article, uni, bi, scratch);
      files.set(paths.fragment(doc), gz(Buffer.from(JSON.stringify(fragmentOf(issue, article)))));
    }
    const target = s === all.length - 1 && s > 0 ? TARGET_TAIL_BUCKET_BYTES : TARGET_BUCKET_BYTES;
    const u = writeBuckets(uni, false, target);
    const b = writeBuckets(bi, true, target);
    u.files.forEach((f, k) => files.set(paths.unigrams(s, k), gz(f.post, true)));
    b.files.forEach((f, k) => {
      files.set(paths.bigrams(s, k), gz(f.post, true));
      files.set(paths.positions(s, k), gz(f.pos!, true));
    });
    segments.push({ docs: size, u: u.n, b: b.n });
    first += size;
  });
  return { files, docs: docs.length, segments };
}

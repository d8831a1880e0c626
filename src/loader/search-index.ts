/**
 * Build the search index: unigram and bigram postings over the normalised text
 * of every article, bigram positions for exact matching of longer terms, split
 * into hash buckets so a query fetches only what its grams need. Node only.
 */
import { gzipSync } from "node:zlib";
import type { Article, IssueFile } from "../shared/contract";
import { normalize, isGramChar, NEWLINE } from "../shared/search/normalize";

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);
import { ByteWriter } from "../shared/search/varint";
import { bucketOf, docText, INDEX_VERSION, packMeta, paths, type Fragment, type SearchMeta, COUNT_OPEN } from "../shared/search/format";

// Bucket files of about this many bytes before compression: small enough that a
// query's extra bytes stay few, large enough that the file count stays sane.
const TARGET_BUCKET_BYTES = 6000;

interface Posting {
  docs: number[];
  meta: number[];
  /** Positions per doc, flattened; `posAt[i]` is where doc i's positions start. */
  pos?: number[];
  posAt?: number[];
}

/** Articles in search order: newest issue first, then print order. Doc id = index. */
export function searchDocs(issues: IssueFile[]): { issue: IssueFile; article: Article }[] {
  return issues.flatMap((issue) => issue.articles.map((article) => ({ issue, article })));
}

function posting(map: Map<number, Posting>, key: number, withPositions: boolean): Posting {
  let p = map.get(key);
  if (!p) {
    p = withPositions ? { docs: [], meta: [], pos: [], posAt: [] } : { docs: [], meta: [] };
    map.set(key, p);
  }
  return p;
}

function encodePosting(p: Posting): Uint8Array {
  const w = new ByteWriter().varint(p.docs.length);
  let prev = -1;
  p.docs.forEach((d, i) => {
    w.varint((d - prev) * 8 + p.meta[i]);
    prev = d;
  });
  return w.done();
}

function encodePositions(p: Posting): Uint8Array {
  const w = new ByteWriter();
  p.docs.forEach((_, i) => {
    const from = p.posAt![i];
    const to = i + 1 < p.docs.length ? p.posAt![i + 1] : p.pos!.length;
    if ((p.meta[i] & 3) + 1 === COUNT_OPEN) w.varint(to - from);
    let prev = 0;
    for (let j = from; j < to; j++) {
      w.varint(p.pos![j] - prev);
      prev = p.pos![j];
    }
  });
  return w.done();
}

/** Bucket files: a directory of (key, length) then the postings. */
function writeBuckets(map: Map<number, Posting>, keyParts: (k: number) => number[], withPositions: boolean) {
  const encoded = [...map.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([k, p]) => ({ k, post: encodePosting(p), pos: withPositions ? encodePositions(p) : null }));
  const total = encoded.reduce((n, e) => n + e.post.length, 0);
  const n = Math.max(1, Math.round(total / TARGET_BUCKET_BYTES));
  const buckets: (typeof encoded)[] = Array.from({ length: n }, () => []);
  for (const e of encoded) buckets[bucketOf(e.k, n)].push(e);
  const files = buckets.map((list) => {
    const post = new ByteWriter().varint(list.length);
    for (const e of list) {
      for (const part of keyParts(e.k)) post.varint(part);
      post.varint(e.post.length);
    }
    list.forEach((e) => post.bytes(e.post));
    let pos: Uint8Array | null = null;
    if (withPositions) {
      const w = new ByteWriter().varint(list.length);
      list.forEach((e) => w.varint(e.pos!.length));
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

/** All files of the search index, path → bytes. */
export function buildSearchIndex(issues: IssueFile[]): Map<string, Uint8Array | string> {
  const docs = searchDocs(issues);
  const uni = new Map<number, Posting>();
  const bi = new Map<number, Posting>();
  const heads = new ByteWriter();
  const files = new Map<string, Uint8Array | string>();
  docs.forEach(({ issue, article }, doc) => {
    // Head and body normalised once each; the head's length is where title hits end.
    const { head, body } = docText(article);
    const headCps = codePoints(normalize(head));
    const cps = headCps.concat(NEWLINE, codePoints(normalize(body)));
    const headLen = headCps.length;
    heads.varint(headLen);
    const uCount = new Map<number, [number, boolean]>();
    const bPos = new Map<number, number[]>();
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      if (c === NEWLINE || c === 32) continue;
      const u = uCount.get(c);
      if (u) u[0]++;
      else uCount.set(c, [1, i < headLen]);
      const d = cps[i + 1];
      if (d === undefined || !isGramChar(c) || !isGramChar(d)) continue;
      const key = c * 0x110000 + d;
      const list = bPos.get(key);
      if (list) list.push(i);
      else bPos.set(key, [i]);
    }
    for (const [c, [count, inHead]] of uCount) {
      const p = posting(uni, c, false);
      p.docs.push(doc);
      p.meta.push(packMeta(count, inHead));
    }
    for (const [key, list] of bPos) {
      const p = posting(bi, key, true);
      p.docs.push(doc);
      p.meta.push(packMeta(list.length, list[0] < headLen));
      p.posAt!.push(p.pos!.length);
      for (const x of list) p.pos!.push(x);
    }
    files.set(paths.fragment(doc), gz(Buffer.from(JSON.stringify(fragmentOf(issue, article)))));
  });
  const u = writeBuckets(uni, (k) => [k], false);
  const b = writeBuckets(bi, (k) => [Math.floor(k / 0x110000), k % 0x110000], true);
  u.files.forEach((f, k) => files.set(paths.unigrams(k), gz(f.post)));
  b.files.forEach((f, k) => {
    files.set(paths.bigrams(k), gz(f.post));
    files.set(paths.positions(k), gz(f.pos!));
  });
  files.set(paths.heads(), gz(heads.done()));
  const meta: SearchMeta = { version: INDEX_VERSION, docs: docs.length, buckets: { u: u.n, b: b.n } };
  files.set(paths.meta(), JSON.stringify(meta));
  return files;
}

/** Decoding bucket files and postings of the search index (layout in format.ts). */
import { ByteReader } from "./varint";
import { COUNT_OPEN, metaCount, metaHead } from "./format";

/** A bucket file's directory: gram key → byte range of its posting, and its place in the file (the positions file lists its grams in the same order). */
export interface Bucket {
  buf: Uint8Array;
  ranges: Map<number, [start: number, end: number, index: number]>;
  /** Byte ranges of the postings, in file order. */
  order: [number, number][];
}

export function readBucket(buf: Uint8Array, bigram: boolean): Bucket {
  const r = new ByteReader(buf);
  const n = r.varint();
  const keys: number[] = [];
  let c = 0;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const dc = r.varint();
    c += dc;
    if (bigram) {
      const v = r.varint();
      d = i > 0 && dc === 0 ? d + v : v;
      keys.push(c * 0x110000 + d);
    } else keys.push(c);
  }
  // Postings follow one another: each is its doc count, then a varint per doc.
  const ranges = new Map<number, [number, number, number]>();
  const order: [number, number][] = [];
  keys.forEach((k, i) => {
    const start = r.pos;
    for (let docs = r.varint(); docs > 0; docs--) r.varint();
    ranges.set(k, [start, r.pos, i]);
    order.push([start, r.pos]);
  });
  return { buf, ranges, order };
}

/** Byte ranges of a positions file, in its bucket's gram order: walked once with the bucket's postings. */
export function readPositionsDir(buf: Uint8Array, bucket: Bucket): [number, number][] {
  const r = new ByteReader(buf);
  return bucket.order.map(([start, end]) => {
    const from = r.pos;
    const p = new ByteReader(bucket.buf, start, end);
    for (let docs = p.varint(); docs > 0; docs--) {
      const m = p.varint() % 8;
      const count = metaCount(m) === COUNT_OPEN ? r.varint() : metaCount(m);
      if (metaHead(m) && count > 1) r.varint();
      for (let j = 0; j < count; j++) r.varint();
    }
    return [from, r.pos];
  });
}

/** Docs containing a gram (ascending) and per doc: head-hit bit and count bucket. */
export interface Posting {
  docs: Int32Array;
  meta: Uint8Array;
}

export const EMPTY: Posting = { docs: new Int32Array(0), meta: new Uint8Array(0) };

export function decodePosting(buf: Uint8Array, [start, end]: [number, number, number?]): Posting {
  const r = new ByteReader(buf, start, end);
  const n = r.varint();
  const docs = new Int32Array(n);
  const meta = new Uint8Array(n);
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const v = r.varint();
    prev += Math.floor(v / 8) + 1;
    docs[i] = prev;
    meta[i] = v % 8;
  }
  return { docs, meta };
}

/**
 * Positions of a bigram in each of its docs: `pos.subarray(at[i], at[i+1])` for the i-th doc,
 * of which the first `head[i]` are in the head (kicker, title, subtitle).
 */
export interface Positions {
  at: Int32Array;
  pos: Int32Array;
  head: Int32Array;
}

export function decodePositions(buf: Uint8Array, [start, end]: [number, number], posting: Posting): Positions {
  const r = new ByteReader(buf, start, end);
  const n = posting.docs.length;
  const at = new Int32Array(n + 1);
  const head = new Int32Array(n);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    at[i] = out.length;
    const m = posting.meta[i];
    const count = metaCount(m) === COUNT_OPEN ? r.varint() : metaCount(m);
    head[i] = !metaHead(m) ? 0 : count > 1 ? r.varint() : 1;
    let p = 0;
    for (let j = 0; j < count; j++) {
      p += r.varint();
      out.push(p);
    }
  }
  at[n] = out.length;
  return { at, pos: Int32Array.from(out), head };
}

/** Index of `doc` in a sorted doc list, or -1. */
export function indexOfDoc(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = docs[mid];
    if (d === doc) return mid;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Postings of one gram in consecutive segments, as one (each segment's docs come after the one before's). */
export function concatPostings(parts: Posting[]): Posting {
  const some = parts.filter((p) => p.docs.length);
  if (some.length <= 1) return some[0] ?? EMPTY;
  const n = some.reduce((sum, p) => sum + p.docs.length, 0);
  const out = { docs: new Int32Array(n), meta: new Uint8Array(n) };
  let at = 0;
  for (const p of some) {
    out.docs.set(p.docs, at);
    out.meta.set(p.meta, at);
    at += p.docs.length;
  }
  return out;
}

export const NO_POSITIONS: Positions = { at: new Int32Array(1), pos: new Int32Array(0), head: new Int32Array(0) };

/** Positions of one gram in consecutive segments, as one, in the order of {@link concatPostings}. */
export function concatPositions(parts: Positions[]): Positions {
  const some = parts.filter((p) => p.head.length);
  if (some.length <= 1) return some[0] ?? NO_POSITIONS;
  const docs = some.reduce((sum, p) => sum + p.head.length, 0);
  const at = new Int32Array(docs + 1);
  const pos = new Int32Array(some.reduce((sum, p) => sum + p.pos.length, 0));
  const head = new Int32Array(docs);
  let d = 0;
  let q = 0;
  for (const p of some) {
    for (let i = 0; i < p.head.length; i++) at[d + i] = p.at[i] + q;
    pos.set(p.pos, q);
    head.set(p.head, d);
    d += p.head.length;
    q += p.pos.length;
  }
  at[docs] = q;
  return { at, pos, head };
}

/** The first index of a sorted doc list whose doc is `doc` or more. */
export function lowerBound(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid] < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

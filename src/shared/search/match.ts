/** Exact matching of one normalised term against the index. */
import { docText, metaCount, metaHead, pairIndexed, type Fragment } from "./format";
import type { Posting, Positions } from "./postings";
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
  /** The i-th doc's match starts: `pos.subarray(at[i], at[i + 1])`. */
  starts?: { at: Int32Array; pos: Int32Array };
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
  for (let i = 0, j = 0; i < keep.length; i++, j++) {
    while (p.docs[j] !== keep[i]) j++;
    counts[i] = metaCount(p.meta[j]);
    head[i] = metaHead(p.meta[j]) ? 1 : 0;
  }
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

/** A growable run of ints: every doc's match starts, one after the other. */
class IntRun {
  buf = new Int32Array(256);
  n = 0;
  push(v: number) {
    if (this.n === this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n++] = v;
  }
}

/**
 * Verifies every candidate from positions in one pass: the pointers into each posting and each
 * position list only move forward, and nothing is allocated per doc, so the cost is the lists' length.
 */
async function matchLong(src: Source, term: string, cps: number[], offs: number[], within: Int32Array | null): Promise<TermMatch> {
  const grams = offs.map((o) => [cps[o], cps[o + 1]]);
  const postings = await Promise.all(grams.map((g) => src.posting(g)));
  let cand = postings.map((p) => p.docs).reduce(intersectSorted);
  if (within) cand = intersectSorted(cand, within);
  const none = {
    term,
    docs: cand,
    counts: new Int32Array(0),
    head: new Uint8Array(0),
    starts: { at: new Int32Array(1), pos: new Int32Array(0) },
  };
  if (!cand.length) return none;
  const positions = await Promise.all(grams.map((g) => src.bigramPositions(g)));
  const G = grams.length;
  const docs = new Int32Array(cand.length);
  const counts = new Int32Array(cand.length);
  const head = new Uint8Array(cand.length);
  const at = new Int32Array(cand.length + 1);
  const out = new IntRun();
  const row = new Int32Array(G);
  const ptr = new Int32Array(G);
  let n = 0;
  for (const d of cand) {
    // Every candidate is in every posting: advance each to it.
    for (let k = 0; k < G; k++) {
      const pd = postings[k].docs;
      let i = row[k];
      while (pd[i] !== d) i++;
      row[k] = i;
      ptr[k] = positions[k].at[i];
    }
    const first = positions[0];
    const lo = first.at[row[0]];
    const hi = first.at[row[0] + 1];
    const from = out.n;
    for (let a = lo; a < hi; a++) {
      const s = first.pos[a];
      let ok = true;
      for (let k = 1; k < G && ok; k++) {
        const p = positions[k];
        const end = p.at[row[k] + 1];
        const want = s + offs[k];
        let j = ptr[k];
        while (j < end && p.pos[j] < want) j++;
        ptr[k] = j;
        ok = j < end && p.pos[j] === want;
      }
      if (ok) out.push(s);
    }
    if (out.n === from) continue;
    docs[n] = d;
    counts[n] = out.n - from;
    // The first bigram's first `inHead` positions are in the head: so is a match starting at one of them.
    const inHead = first.head[row[0]];
    head[n] = inHead > 0 && out.buf[from] <= first.pos[lo + inHead - 1] ? 1 : 0;
    at[n] = from;
    n++;
  }
  at[n] = out.n;
  return {
    term,
    docs: docs.slice(0, n),
    counts: counts.slice(0, n),
    head: head.slice(0, n),
    starts: { at: at.slice(0, n + 1), pos: out.buf.slice(0, out.n) },
  };
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

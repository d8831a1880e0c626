/**
 * Ranking: title hits first; then more hits and hits closer together; then issues
 * the archive took later and print order (a higher doc id). Only the best `k` are ranked (the
 * pages on screen), in one pass with a bounded heap; the rest are only counted.
 */
import type { TermMatch } from "./match";

export interface Hit {
  doc: number;
  /** Terms found in kicker, title or subtitle. */
  titleHits: number;
  /** Occurrences of all terms (counts of two-character terms are capped at 4). */
  count: number;
  /** Smallest window holding one match of each term whose positions are known; Infinity if unknown. */
  span: number;
}

/** Smallest window that holds at least one start from each list (lists ascending). */
function minSpan(lists: Int32Array[]): number {
  if (lists.length < 2) return Infinity;
  const idx = lists.map(() => 0);
  let best = Infinity;
  for (;;) {
    let lo = 0;
    let min = Infinity;
    let max = -Infinity;
    lists.forEach((l, k) => {
      const v = l[idx[k]];
      if (v < min) {
        min = v;
        lo = k;
      }
      if (v > max) max = v;
    });
    best = Math.min(best, max - min);
    if (++idx[lo] >= lists[lo].length) return best;
  }
}

/** Negative when `a` ranks before `b`. */
export const compareHits = (a: Hit, b: Hit) => b.titleHits - a.titleHits || b.count - a.count || a.span - b.span || b.doc - a.doc;

/** A heap of at most `k` hits whose root is the worst kept. */
class Best {
  readonly heap: Hit[] = [];
  constructor(private readonly k: number) {}

  get full() {
    return this.heap.length >= this.k;
  }
  get worst(): Hit {
    return this.heap[0];
  }

  offer(h: Hit) {
    const a = this.heap;
    if (a.length < this.k) {
      a.push(h);
      for (let i = a.length - 1; i > 0;) {
        const up = (i - 1) >> 1;
        if (compareHits(a[i], a[up]) <= 0) break;
        [a[i], a[up]] = [a[up], a[i]];
        i = up;
      }
    } else if (compareHits(h, a[0]) < 0) {
      a[0] = h;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let w = i;
        if (l < a.length && compareHits(a[l], a[w]) > 0) w = l;
        if (r < a.length && compareHits(a[r], a[w]) > 0) w = r;
        if (w === i) break;
        [a[i], a[w]] = [a[w], a[i]];
        i = w;
      }
    }
  }
}

/** The best `k` of `docs` (ascending, each matched by every term), best first. */
export function rank(docs: Int32Array, matches: TermMatch[], k = Infinity): Hit[] {
  if (!docs.length || k <= 0) return [];
  const best = new Best(Math.min(k, docs.length));
  const at = matches.map((m) => m.docs.length - 1);
  // A span is known only where two terms or more have positions.
  const spans = matches.filter((m) => m.starts).length >= 2;
  // Newest first, so that a hit no better than the worst kept is passed over without its span.
  for (let x = docs.length - 1; x >= 0; x--) {
    // No terms (a filter alone): the latest taken first, so the first k are the best.
    if (!matches.length && best.full) break;
    const doc = docs[x];
    let titleHits = 0;
    let count = 0;
    for (let t = 0; t < matches.length; t++) {
      const m = matches[t];
      while (m.docs[at[t]] !== doc) at[t]--;
      titleHits += m.head[at[t]];
      count += m.counts[at[t]];
    }
    if (best.full) {
      // Docs come newest first, so a tie loses to every kept hit unless its span can be shorter.
      const w = best.worst;
      if (titleHits < w.titleHits || (titleHits === w.titleHits && (count < w.count || (count === w.count && !spans)))) continue;
    }
    const known: Int32Array[] = [];
    for (let t = 0; t < matches.length; t++) {
      const s = matches[t].starts;
      if (s) known.push(s.pos.subarray(s.at[at[t]], s.at[at[t] + 1]));
    }
    best.offer({ doc, titleHits, count, span: minSpan(known) });
  }
  return best.heap.sort(compareHits);
}

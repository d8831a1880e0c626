/** Ranking: title hits first; then more hits and hits closer together; then newer issues (lower doc id). */
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

export function rank(docs: Int32Array, matches: TermMatch[]): Hit[] {
  const at = matches.map(() => 0);
  const hits: Hit[] = [];
  for (const doc of docs) {
    let titleHits = 0;
    let count = 0;
    const known: Int32Array[] = [];
    matches.forEach((m, k) => {
      while (m.docs[at[k]] !== doc) at[k]++;
      const i = at[k];
      titleHits += m.head[i];
      count += m.counts[i];
      if (m.starts) known.push(m.starts[i]);
    });
    hits.push({ doc, titleHits, count, span: minSpan(known) });
  }
  return hits.sort((a, b) => b.titleHits - a.titleHits || b.count - a.count || a.span - b.span || a.doc - b.doc);
}

/** Result orders: by relevance (the engine's ranking), newest or oldest issue first; undated issues last in both. */
export const SORT_ORDERS = ["relevance", "new", "old"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** `hits` in `order`, stable: matches of one issue keep their rank (or print) order. `dates` are day keys per doc, 0 when undated. */
export function sortHits<T extends { doc: number }>(hits: T[], order: SortOrder, dates: Int32Array): T[] {
  if (order === "relevance") return hits;
  const sign = order === "new" ? -1 : 1;
  const key = (h: T) => dates[h.doc] ?? 0;
  return [...hits].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === y) return 0;
    if (!x) return 1;
    if (!y) return -1;
    return sign * (x - y);
  });
}

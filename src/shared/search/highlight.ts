/** Where the query's terms occur in a text, for marking: ranges in the original string. */
import { normalizeWithMap } from "./normalize";

export type Range = [start: number, end: number];

/** UTF-16 ranges of `text` whose normalised form equals one of the (normalised) terms. Sorted, merged. */
export function markRanges(text: string, terms: string[]): Range[] {
  if (!terms.length || !text) return [];
  const { cps, from, to } = normalizeWithMap(text);
  const ranges: Range[] = [];
  for (const term of terms) {
    const t = [...term].map((c) => c.codePointAt(0)!);
    for (let i = 0; i + t.length <= cps.length; i++) {
      let j = 0;
      while (j < t.length && cps[i + j] === t[j]) j++;
      if (j === t.length) ranges.push([from[i], to[i + t.length - 1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

export interface Snippet {
  text: string;
  ranges: Range[];
  /** Text was cut before / after the snippet. */
  before: boolean;
  after: boolean;
}

/** About `size` characters of `text` around the first hit, with every term marked. */
export function snippet(text: string, terms: string[], size = 90): Snippet {
  const all = markRanges(text, terms);
  const first = all[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(size / 3));
  // Start after a sentence break close before the hit, if there is one.
  const cut = text.slice(start, first).search(/[。！？；\n][^。！？；\n]*$/u);
  if (cut >= 0 && start > 0) start += cut + 1;
  const end = Math.min(text.length, start + size);
  return {
    text: text.slice(start, end).replace(/\n/gu, " "),
    ranges: all.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a - start, b - start]),
    before: start > 0,
    after: end < text.length,
  };
}

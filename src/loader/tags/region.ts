/**
 * The region an article speaks of: division codes of the places its paper and its
 * text name without doubt (柳州晚报 → 柳州市 4502; 辽源市 2204). Ambiguous names
 * (市中区 of 枣庄, 济南, 内江 or 乐山) take the meaning closest to these.
 */
import type { Division } from "./divisions";

/** How many leading digits `code` shares with the closest anchor, counted in whole levels (0, 2, 4, 6, 9, 12). */
export function regionScore(code: string, anchors: string[]): number {
  let best = 0;
  for (const a of anchors) {
    const n = Math.min(code.length, a.length);
    let i = 0;
    while (i < n && code.charCodeAt(i) === a.charCodeAt(i)) i++;
    const d = i >= 12 ? 12 : i >= 9 ? 9 : i >= 6 ? 6 : i >= 4 ? 4 : i >= 2 ? 2 : 0;
    if (d > best) best = d;
  }
  return best;
}

/**
 * Codes of the names that can mean one division only: a full name with one entry,
 * or the bare name of one province or prefecture (天水 → 6205).
 */
export function anchorCodes(found: Division[][], commonBare: Set<string>): string[] {
  const out: string[] = [];
  for (const entries of found) {
    const full = entries.filter((e) => !e.bare);
    if (full.length) {
      if (full.length === 1) out.push(full[0].code);
      continue;
    }
    const top = entries.filter((e) => e.level <= 2);
    if (top.length === 1 && !commonBare.has(top[0].name)) out.push(top[0].code);
  }
  return out;
}

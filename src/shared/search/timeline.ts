/**
 * Matches over time, from the docs' issue dates alone (the tag data's
 * `doc-dates`), never from the articles: per year, or per month of one year.
 */

/** Day keys as `dayKey` makes them: y*400 + m*32 + d (m*32 + d runs from 33 to 415), 0 when undated. */
const yearOf = (k: number) => Math.floor((k - 33) / 400);
const monthOf = (k: number) => Math.floor((k - yearOf(k) * 400) / 32);

export interface Timeline {
  /** Bars of years, or of the twelve months of `year`. */
  unit: "year" | "month";
  year?: number;
  /** `2022` or `2022-07`, with the number of matches; years run without gaps from the first to the last. */
  bars: { key: string; count: number }[];
  /** Matches whose issue has no known year. */
  undated: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Counts of `docs` (matching doc ids) by year, or by month within `year`. */
export function timeline(docs: Iterable<number>, dates: Int32Array, year?: number): Timeline {
  let undated = 0;
  const years = new Map<number, number>();
  const months = new Array<number>(13).fill(0);
  for (const d of docs) {
    const k = dates[d] ?? 0;
    const y = yearOf(k);
    if (k <= 0 || y < 1000) {
      undated++;
      continue;
    }
    years.set(y, (years.get(y) ?? 0) + 1);
    if (y === year) months[monthOf(k)]++;
  }
  if (year !== undefined) {
    // An issue dated to its year or month alone counts from the period's start (dayKey), so in January or on the 1st.
    return {
      unit: "month",
      year,
      bars: Array.from({ length: 12 }, (_, i) => ({ key: `${year}-${pad(i + 1)}`, count: months[i + 1] })),
      undated,
    };
  }
  const known = [...years.keys()];
  if (!known.length) return { unit: "year", bars: [], undated };
  const [lo, hi] = [Math.min(...known), Math.max(...known)];
  const bars = Array.from({ length: hi - lo + 1 }, (_, i) => ({ key: String(lo + i), count: years.get(lo + i) ?? 0 }));
  return { unit: "year", bars, undated };
}

/** The year a date filter lies within, when `from` and `to` are in the same year. */
export function focusYear(from?: string, to?: string): number | undefined {
  if (!from || !to || from.slice(0, 4) !== to.slice(0, 4)) return undefined;
  return Number(from.slice(0, 4));
}

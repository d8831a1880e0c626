/**
 * Matches over time, from the docs' issue dates alone (the tag data's
 * `doc-dates`), never from the articles: per year, or per month of one year.
 */
import { tally, totals } from "./tally";

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

/** Per doc one month key: 0 when undated, else 12 × (year − first year) + month (1–12); worked out once per dates array. */
interface Months {
  first: number;
  size: number;
  keys: Int32Array;
  all?: Int32Array;
}
const monthKeys = new WeakMap<Int32Array, Months>();

function monthsOf(dates: Int32Array): Months {
  let m = monthKeys.get(dates);
  if (m) return m;
  let first = Infinity;
  let last = -Infinity;
  for (const k of dates)
    if (k > 0 && yearOf(k) >= 1000) {
      first = Math.min(first, yearOf(k));
      last = Math.max(last, yearOf(k));
    }
  const keys = new Int32Array(dates.length);
  dates.forEach((k, d) => {
    if (k > 0 && yearOf(k) >= 1000) keys[d] = 12 * (yearOf(k) - first) + monthOf(k);
  });
  m = { first, size: first <= last ? 12 * (last - first + 1) + 1 : 1, keys };
  monthKeys.set(dates, m);
  return m;
}

/** Counts of `docs` (matching doc ids, ascending) by year, or by month within `year`. */
export function timeline(docs: ArrayLike<number>, dates: Int32Array, year?: number): Timeline {
  const m = monthsOf(dates);
  const keys = m.keys;
  const add = (c: Int32Array, d: number, by: number) => (c[d >= 0 && d < keys.length ? keys[d] : 0] += by);
  const c = tally(docs, keys.length, m.size, add, () => (m.all ??= totals(keys.length, m.size, add)));
  const undated = c[0];
  const month = (y: number, i: number) => {
    const at = 12 * (y - m.first) + i;
    return at >= 1 && at < m.size ? c[at] : 0;
  };
  if (year !== undefined) {
    // An issue dated to its year or month alone counts from the period's start (dayKey), so in January or on the 1st.
    return {
      unit: "month",
      year,
      bars: Array.from({ length: 12 }, (_, i) => ({ key: `${year}-${pad(i + 1)}`, count: month(year, i + 1) })),
      undated,
    };
  }
  const years = (m.size - 1) / 12;
  const count = (i: number) => c.subarray(1 + 12 * i, 13 + 12 * i).reduce((a, b) => a + b, 0);
  const per = Array.from({ length: years }, (_, i) => count(i));
  const lo = per.findIndex((n) => n > 0);
  if (lo < 0) return { unit: "year", bars: [], undated };
  const hi = per.length - 1 - [...per].reverse().findIndex((n) => n > 0);
  const bars = per.slice(lo, hi + 1).map((n, i) => ({ key: String(m.first + lo + i), count: n }));
  return { unit: "year", bars, undated };
}

/** The year a date filter lies within, when `from` and `to` are in the same year. */
export function focusYear(from?: string, to?: string): number | undefined {
  if (!from || !to || from.slice(0, 4) !== to.slice(0, 4)) return undefined;
  return Number(from.slice(0, 4));
}

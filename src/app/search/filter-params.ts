import { splitTag } from "../../shared/search/tag-format";
import { SORT_ORDERS, type SortOrder } from "../../shared/search/sort";

/** Filters in the URL: ?tags=["人物:宋磊","地点:孟庄镇"]&from=2021-05&to=2022-07. Malformed values are dropped. */
export interface FilterParams {
  tags?: string[];
  from?: string;
  to?: string;
}

/** A date in the URL: YYYY-MM-DD or YYYY-MM. */
export const DATE_PARAM = /^\d{4}-\d{2}(-\d{2})?$/;

/** A date in the URL that is on the calendar: not 2022-13, not 2022-02-30. */
export function isDateParam(v: unknown): v is string {
  if (typeof v !== "string" || !DATE_PARAM.test(v)) return false;
  const [y, m, d] = v.split("-").map(Number);
  if (m < 1 || m > 12) return false;
  return d === undefined || (d >= 1 && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d);
}
const MAX_TAGS = 8;

export function validateFilters(raw: Record<string, unknown>): FilterParams {
  const list = Array.isArray(raw.tags) ? raw.tags : typeof raw.tags === "string" ? [raw.tags] : [];
  const tags = [...new Set(list.filter((t): t is string => typeof t === "string" && t.length <= 60 && splitTag(t) !== null))].slice(
    0,
    MAX_TAGS,
  );
  return {
    tags: tags.length ? tags : undefined,
    from: isDateParam(raw.from) ? raw.from : undefined,
    to: isDateParam(raw.to) ? raw.to : undefined,
  };
}

/** `?sort=new|old|relevance`; absent is the list's own default. */
export const validateSort = (raw: Record<string, unknown>): SortOrder | undefined => SORT_ORDERS.find((o) => o === raw.sort);

const pad = (n: number) => String(n).padStart(2, "0");

/** A filter date as a date input shows it: a month's first day (or last, for `to`). */
export function asDay(date: string | undefined, end = false): string {
  if (!date) return "";
  if (date.length === 10) return date;
  const [y, m] = date.split("-").map(Number);
  return end ? `${y}-${pad(m)}-${pad(new Date(y, m, 0).getDate())}` : `${date}-01`;
}

/** The date filter in words: 2021年, 2021年7月, 2021年5月起至2022年2月. */
export function rangeLabel(from: string | undefined, to: string | undefined, format: (d: string) => string): string {
  if (from && to && from.length === 7 && to.length === 7) {
    if (from === to) return format(from);
    if (from.slice(0, 4) === to.slice(0, 4) && from.endsWith("-01") && to.endsWith("-12")) return format(from.slice(0, 4));
  }
  return [from ? `${format(from)}起` : "", to ? `至${format(to)}` : ""].join("");
}

export const hasFilters = (f: FilterParams) => !!(f.tags?.length || f.from || f.to);

export function toggleTag(f: FilterParams, tag: string): FilterParams {
  const tags = f.tags ?? [];
  const next = tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag];
  return { ...f, tags: next.length ? next : undefined };
}

import { splitTag } from "../../shared/search/tag-format";

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

export const hasFilters = (f: FilterParams) => !!(f.tags?.length || f.from || f.to);

export function toggleTag(f: FilterParams, tag: string): FilterParams {
  const tags = f.tags ?? [];
  const next = tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag];
  return { ...f, tags: next.length ? next : undefined };
}

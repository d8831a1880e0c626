import { isDateParam, validateFilters, validateSort, type FilterParams } from "./search/filter-params";
import type { SortOrder } from "../shared/search/sort";

/**
 * Home page state in the URL: ?pub=…&year=YYYY&month=YYYY-MM (the 往期 shown), plus tag and date filters.
 * `date` (a day or month, from older links) leads to the month's page. Anything malformed is dropped.
 */
export interface HomeSearch extends FilterParams {
  pub?: string;
  year?: number;
  month?: string;
  date?: string;
  sort?: SortOrder;
}

// No publication name holds a control character (the loader drops them): ?pub=%00 names none.
const text = (v: unknown, max: number) =>
  typeof v === "string" && v.trim() && v.length <= max && !/\p{Cc}/u.test(v) ? v.trim() : undefined;
const match = (v: unknown, re: RegExp) => (typeof v === "string" && re.test(v) ? v : undefined);

/** A year as the router hands it over: ?year=2022 arrives as a number. */
export const yearParam = (v: unknown) => {
  const n = typeof v === "string" && /^\d{4}$/.test(v) ? Number(v) : v;
  return typeof n === "number" && Number.isInteger(n) && n >= 1000 && n <= 9999 ? n : undefined;
};

/**
 * Every key is returned, undefined when invalid: the router merges this over
 * the raw search, so a dropped key would let the raw value through.
 */
export function validateHomeSearch(raw: Record<string, unknown>): HomeSearch {
  return {
    pub: text(raw.pub, 60),
    year: yearParam(raw.year),
    month: match(raw.month, /^\d{4}-(0[1-9]|1[0-2])$/),
    date: isDateParam(raw.date) ? raw.date : undefined,
    sort: validateSort(raw),
    ...validateFilters(raw),
  };
}

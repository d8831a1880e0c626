import { isDateParam, validateFilters, type FilterParams } from "./search/filter-params";

/** Home page state in the URL: ?pub=…&date=YYYY-MM[-DD]&month=YYYY-MM, plus tag and date filters. Anything malformed is dropped. */
export interface HomeSearch extends FilterParams {
  pub?: string;
  date?: string;
  month?: string;
}

// No publication name holds a control character (the loader drops them): ?pub=%00 names none.
const text = (v: unknown, max: number) =>
  typeof v === "string" && v.trim() && v.length <= max && !/\p{Cc}/u.test(v) ? v.trim() : undefined;

/**
 * Every key is returned, undefined when invalid: the router merges this over
 * the raw search, so a dropped key would let the raw value through.
 */
export function validateHomeSearch(raw: Record<string, unknown>): HomeSearch {
  return {
    pub: text(raw.pub, 60),
    date: isDateParam(raw.date) ? raw.date : undefined,
    month: isDateParam(raw.month) && raw.month.length === 7 ? raw.month : undefined,
    ...validateFilters(raw),
  };
}

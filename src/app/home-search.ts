import { DATE_PARAM, validateFilters, type FilterParams } from "./search/filter-params";

/** Home page state in the URL: ?pub=…&date=YYYY-MM[-DD]&month=YYYY-MM, plus tag and date filters. Anything malformed is dropped. */
export interface HomeSearch extends FilterParams {
  pub?: string;
  date?: string;
  month?: string;
}

const text = (v: unknown, max: number) => (typeof v === "string" && v.trim() && v.length <= max ? v.trim() : undefined);
const match = (v: unknown, re: RegExp) => (typeof v === "string" && re.test(v) ? v : undefined);

/**
 * Every key is returned, undefined when invalid: the router merges this over
 * the raw search, so a dropped key would let the raw value through.
 */
export function validateHomeSearch(raw: Record<string, unknown>): HomeSearch {
  return {
    pub: text(raw.pub, 60),
    date: match(raw.date, DATE_PARAM),
    month: match(raw.month, /^\d{4}-\d{2}$/),
    ...validateFilters(raw),
  };
}

import { MAX_QUERY_CHARS } from "../../shared/search/query";
import { validateFilters, validateSort, type FilterParams } from "./filter-params";
import type { SortOrder } from "../../shared/search/sort";

export interface SearchParams extends FilterParams {
  q: string;
  page?: number;
  sort?: SortOrder;
}

/** `/search?q=…&page=N` plus filters: anything malformed falls back to an empty search on page 1. */
export function validateSearchParams(raw: Record<string, unknown>): SearchParams {
  // The router parses JSON-looking values: ?q=2021 arrives as a number.
  const q =
    typeof raw.q === "string"
      ? raw.q.slice(0, MAX_QUERY_CHARS)
      : typeof raw.q === "number" || typeof raw.q === "boolean"
        ? String(raw.q)
        : "";
  const n = Number(raw.page);
  return { q, page: Number.isInteger(n) && n > 1 && n <= 100 ? n : undefined, sort: validateSort(raw), ...validateFilters(raw) };
}

/** `?hl=` on an article: the query whose terms to mark. */
export function validateHighlight(raw: Record<string, unknown>): { hl?: string } {
  const hl = typeof raw.hl === "number" ? String(raw.hl) : raw.hl;
  return { hl: typeof hl === "string" && hl.trim() ? hl.slice(0, MAX_QUERY_CHARS) : undefined };
}

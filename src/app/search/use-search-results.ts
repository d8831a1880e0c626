import { useEffect, useState } from "react";
import type { SearchResponse } from "./protocol";
import type { FilterParams } from "./filter-params";
import { parseQuery } from "../../shared/search/query";

export const PAGE_SIZE = 10;

export type SearchState =
  | { status: "idle" }
  | { status: "loading"; previous?: Extract<SearchResponse, { ok: true }> }
  | { status: "done"; q: string; result: Extract<SearchResponse, { ok: true }> }
  | { status: "error"; error: string };

/**
 * Results of `q` within `filters`, up to `pages` pages, from the worker; a newer
 * request replaces an older one still running (the worker drops the older one). Idle when there is neither a query nor a filter.
 */
export function useSearchResults(q: string, filters: FilterParams, pages: number, attempt: number, withFacets: boolean): SearchState {
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const key = JSON.stringify([filters.tags ?? [], filters.from, filters.to]);
  useEffect(() => {
    const [tags, from, to] = JSON.parse(key) as [string[], string | undefined, string | undefined];
    // A query of only quotes or spaces has no terms: nothing to search.
    if (!parseQuery(q).terms.length && !tags.length && !from && !to) {
      setState({ status: "idle" });
      return;
    }
    // Superseded by the next query (or the list went away): the worker drops it.
    const request = new AbortController();
    const live = () => !request.signal.aborted;
    setState((s) => ({ status: "loading", previous: s.status === "done" ? s.result : s.status === "loading" ? s.previous : undefined }));
    import("./search-client")
      .then(({ searchPage }) => searchPage({ q, tags, from, to, offset: 0, limit: pages * PAGE_SIZE, facets: withFacets }, request.signal))
      .then((r) => live() && setState(r.ok ? { status: "done", q, result: r } : { status: "error", error: r.error }))
      .catch((e: Error) => live() && setState({ status: "error", error: e.message }));
    return () => request.abort();
  }, [q, key, pages, attempt, withFacets]);
  return state;
}

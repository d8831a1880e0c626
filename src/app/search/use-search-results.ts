import { useEffect, useState } from "react";
import type { SearchResponse } from "./protocol";
import type { FilterParams } from "./filter-params";
import { parseQuery } from "../../shared/search/query";
import type { SortOrder } from "../../shared/search/sort";
import { recall, remember } from "./result-memory";

export const PAGE_SIZE = 10;

export type SearchState =
  | { status: "idle" }
  | { status: "loading"; previous?: Extract<SearchResponse, { ok: true }> }
  | { status: "done"; q: string; result: Extract<SearchResponse, { ok: true }> }
  | { status: "error"; error: string };

/**
 * Results of `q` within `filters`, up to `pages` pages, from the worker; a newer
 * request replaces an older one still running (the worker drops the older one). Idle when there is neither a query nor a filter.
 * Results seen before in this visit show at once (Back to a list finds it as it was, and its scroll position).
 */
export function useSearchResults(
  q: string,
  filters: FilterParams,
  pages: number,
  attempt: number,
  withFacets: boolean,
  sort?: SortOrder,
): SearchState {
  const key = JSON.stringify([filters.tags ?? [], filters.from, filters.to]);
  const memo = JSON.stringify([q, key, pages, withFacets, sort ?? null]);
  const [state, setState] = useState<SearchState>(() => {
    const seen = recall(memo);
    return seen ? { status: "done", q, result: seen } : { status: "idle" };
  });
  useEffect(() => {
    const [tags, from, to] = JSON.parse(key) as [string[], string | undefined, string | undefined];
    // A query of only quotes or spaces has no terms: nothing to search.
    if (!parseQuery(q).terms.length && !tags.length && !from && !to) {
      setState({ status: "idle" });
      return;
    }
    const seen = recall(memo);
    if (seen) {
      setState({ status: "done", q, result: seen });
      return;
    }
    // Superseded by the next query (or the list went away): the worker drops it.
    const request = new AbortController();
    const live = () => !request.signal.aborted;
    setState((s) => ({ status: "loading", previous: s.status === "done" ? s.result : s.status === "loading" ? s.previous : undefined }));
    import("./search-client")
      .then(({ searchPage }) =>
        searchPage({ q, tags, from, to, offset: 0, limit: pages * PAGE_SIZE, facets: withFacets, sort, timeline: true }, request.signal),
      )
      .then((r) => {
        if (r.ok) remember(memo, r);
        if (live()) setState(r.ok ? { status: "done", q, result: r } : { status: "error", error: r.error });
      })
      .catch((e: Error) => live() && setState({ status: "error", error: e.message }));
    return () => request.abort();
  }, [q, key, memo, pages, attempt, withFacets, sort]);
  return state;
}

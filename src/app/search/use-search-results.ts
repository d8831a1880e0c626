import { useEffect, useState } from "react";
import type { SearchResponse } from "./protocol";

export const PAGE_SIZE = 10;

export type SearchState =
  | { status: "idle" }
  | { status: "loading"; previous?: Extract<SearchResponse, { ok: true }> }
  | { status: "done"; q: string; result: Extract<SearchResponse, { ok: true }> }
  | { status: "error"; error: string };

/** Results of `q` up to `pages` pages, from the worker; a newer query replaces an older one still running. */
export function useSearchResults(q: string, pages: number, attempt: number): SearchState {
  const [state, setState] = useState<SearchState>({ status: "idle" });
  useEffect(() => {
    if (!q.trim()) {
      setState({ status: "idle" });
      return;
    }
    let live = true;
    setState((s) => ({ status: "loading", previous: s.status === "done" ? s.result : s.status === "loading" ? s.previous : undefined }));
    import("./search-client")
      .then(({ searchPage }) => searchPage(q, 0, pages * PAGE_SIZE))
      .then((r) => live && setState(r.ok ? { status: "done", q, result: r } : { status: "error", error: r.error }))
      .catch((e: Error) => live && setState({ status: "error", error: e.message }));
    return () => {
      live = false;
    };
  }, [q, pages, attempt]);
  return state;
}

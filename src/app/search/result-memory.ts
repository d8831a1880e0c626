/**
 * The last result lists of this visit, and how many pages of each were shown,
 * kept in memory: Back to a list shows it at once, as long as it was, so the
 * router can put the reader back where they were in it.
 */
import { useState } from "react";
import type { SearchResponse } from "./protocol";
import { KEPT_LISTS } from "./kept-lists";

type Result = Extract<SearchResponse, { ok: true }>;

const results = new Map<string, Result>();
const pagesShown = new Map<string, number>();

export function remember(key: string, r: Result): void {
  results.delete(key);
  results.set(key, r);
  while (results.size > KEPT_LISTS) results.delete(results.keys().next().value!);
}

export const recall = (key: string) => results.get(key);

/** Pages shown of the list `key`: starts where the reader left it in this visit. */
export function usePages(key: string): [number, () => void] {
  const [pages, setPages] = useState(() => pagesShown.get(key) ?? 1);
  const more = () =>
    setPages((p) => {
      pagesShown.set(key, p + 1);
      return p + 1;
    });
  return [pages, more];
}

/** Test hook. */
export function forgetResults(): void {
  results.clear();
  pagesShown.clear();
}

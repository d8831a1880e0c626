import type { Fragment } from "../../shared/search/format";

/** One result as the page shows it. */
export interface ResultItem {
  doc: number;
  fragment: Fragment;
  titleHits: number;
}

export interface SearchRequest {
  id: number;
  q: string;
  offset: number;
  limit: number;
}

export type SearchResponse =
  | { id: number; ok: true; query: string; convertedFrom?: string; terms: string[]; total: number; items: ResultItem[]; ms: number }
  | { id: number; ok: false; error: string };

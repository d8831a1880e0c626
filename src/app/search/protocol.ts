import type { Fragment } from "../../shared/search/format";

/** One result as the page shows it. */
export interface ResultItem {
  doc: number;
  fragment: Fragment;
  titleHits: number;
}

export interface SearchRequest {
  id: number;
  /** The query; empty lists every article the filters allow, newest first. */
  q: string;
  tags: string[];
  from?: string;
  to?: string;
  offset: number;
  limit: number;
  /** Also count the filter panel's tags (loads the panel's data the first time). */
  facets: boolean;
}

export type SearchResponse =
  | {
      id: number;
      ok: true;
      query: string;
      convertedFrom?: string;
      terms: string[];
      total: number;
      items: ResultItem[];
      /** Panel tags with their counts under this query and these filters. */
      facets: { t: string; c: number }[];
      /** Tags in the request the archive does not have: ignored. */
      unknown: string[];
      ms: number;
    }
  | { id: number; ok: false; error: string };

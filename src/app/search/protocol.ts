import type { Fragment } from "../../shared/search/format";
import type { SortOrder } from "../../shared/search/sort";
import type { Timeline } from "../../shared/search/timeline";

/** One result as the page shows it. */
export interface ResultItem {
  doc: number;
  fragment: Fragment;
  titleHits: number;
}

/**
 * A query for the worker. The worker answers only the latest request: one sent
 * after it supersedes it, and a superseded request gets no answer.
 */
export interface SearchRequest {
  /** Increasing per page: a higher id is a newer request. */
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
  /** Order of the results; default relevance with a query, newest first without. */
  sort?: SortOrder;
  /** Also count the matches per year (or per month of the date filter's year), before the date filter. */
  timeline?: boolean;
}

/** The page no longer wants the answer to request `cancel` (its results list went away). */
export interface CancelRequest {
  cancel: number;
}

export type WorkerRequest = SearchRequest | CancelRequest;

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
      /** Matches over time, when asked for. */
      timeline?: Timeline;
      ms: number;
    }
  | { id: number; ok: false; error: string };

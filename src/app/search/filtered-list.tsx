import { useState } from "react";
import { SearchResults } from "./search-results";
import { FilterPanel } from "./filter-panel";
import { PAGE_SIZE, useSearchResults } from "./use-search-results";
import { usePanelTags } from "./use-panel-tags";
import { hasFilters, type FilterParams } from "./filter-params";
import type { SortOrder } from "../../shared/search/sort";
import { TimelineChart } from "../timeline-chart";
import { SortControl } from "./sort-control";
import { ChosenFilters } from "./chosen-filters";

interface Props {
  q: string;
  filters: FilterParams;
  pages: number;
  onFilters: (f: FilterParams) => void;
  onMore: () => void;
  /** Rendered above the results: a heading, the query status. */
  header: (state: ReturnType<typeof useSearchResults>) => React.ReactNode;
  /** Shown when there is neither a query nor a filter. */
  idle?: React.ReactNode;
  showPanel?: boolean;
  /** List nothing when every chosen tag is unknown (a tag page of a tag that does not exist). */
  emptyWhenUnknown?: boolean;
  /** Result order (in the URL); default relevance with a query, newest first without. */
  sort?: SortOrder;
  onSort?: (s: SortOrder) => void;
  /** Filters that are the page itself (a tag page's tag): not shown as removable. */
  fixedTags?: string[];
}

/** Results of a query and filters, with the filter panel beside them. */
export function FilteredList({
  q,
  filters,
  pages,
  onFilters,
  onMore,
  header,
  idle,
  showPanel = true,
  emptyWhenUnknown = false,
  sort,
  onSort,
  fixedTags = [],
}: Props) {
  const [attempt, setAttempt] = useState(0);
  // The panel's counts are fetched only once the panel is open: a search alone stays small.
  const [opened, setOpened] = useState(false);
  const panelOpen = showPanel && (opened || hasFilters(filters));
  const state = useSearchResults(q, filters, pages, attempt, panelOpen, sort);
  const result = state.status === "done" ? state.result : state.status === "loading" ? state.previous : undefined;
  const shown = result && emptyWhenUnknown && result.unknown.length === (filters.tags ?? []).length ? undefined : result;
  const panel = usePanelTags(panelOpen && state.status === "idle");
  const facets = (state.status !== "idle" ? result?.facets : panel) ?? [];
  return (
    <div className="results-grid">
      <section
        aria-labelledby="results-title"
        aria-busy={state.status === "loading"}
        data-done-q={state.status === "done" ? state.q : undefined}
        data-worker-ms={state.status === "done" ? state.result.ms.toFixed(2) : undefined}
      >
        {header(state)}
        <div className="md:hidden">
          <ChosenFilters
            filters={{ ...filters, tags: filters.tags?.filter((t) => !fixedTags.includes(t)) }}
            onChange={(f) => onFilters({ ...f, tags: [...fixedTags, ...(f.tags ?? [])] })}
          />
        </div>
        {shown?.timeline && (
          <TimelineChart
            timeline={shown.timeline}
            from={filters.from}
            to={filters.to}
            onPeriod={(from, to) => onFilters({ ...filters, from, to })}
          />
        )}
        {shown && shown.total > 1 && onSort && (
          <SortControl value={sort ?? (q.trim() ? "relevance" : "new")} onChange={onSort} withRelevance={!!q.trim()} />
        )}
        {state.status === "idle" && idle}
        {state.status === "error" && (
          <div role="alert" className="mt-4">
            <p>没有完成：{state.error}</p>
            <button type="button" className="button mt-2" onClick={() => setAttempt((n) => n + 1)}>
              重试
            </button>
          </div>
        )}
        {shown && shown.items.length > 0 && (
          <div className={state.status === "loading" ? "opacity-60" : undefined}>
            <SearchResults items={shown.items} terms={shown.terms} query={shown.query} />
            {shown.total > pages * PAGE_SIZE && (
              <button type="button" className="button mt-4" onClick={onMore}>
                更多结果（还有 {shown.total - pages * PAGE_SIZE} 篇）
              </button>
            )}
          </div>
        )}
      </section>
      {showPanel && !panelOpen && (
        <div>
          <button type="button" className="button" aria-expanded="false" onClick={() => setOpened(true)}>
            按人物、地点、主题筛选
          </button>
        </div>
      )}
      {panelOpen && facets.length > 0 && <FilterPanel facets={facets} filters={filters} onChange={onFilters} unknown={result?.unknown} />}
    </div>
  );
}

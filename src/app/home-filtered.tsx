import { Link } from "@tanstack/react-router";
import { FilteredList } from "./search/filtered-list";
import type { FilterParams } from "./search/filter-params";
import { usePages } from "./search/result-memory";
import type { SortOrder } from "../shared/search/sort";

interface Props {
  filters: FilterParams;
  onFilters: (f: FilterParams) => void;
  sort?: SortOrder;
  onSort: (s: SortOrder) => void;
}

/** Home with tag or date filters: the articles they leave, newest first (or oldest). */
export function HomeFiltered({ filters, onFilters, sort, onSort }: Props) {
  const [pages, more] = usePages(JSON.stringify(["home", filters, sort]));
  return (
    <FilteredList
      q=""
      filters={filters}
      pages={pages}
      onFilters={onFilters}
      onMore={more}
      sort={sort}
      onSort={onSort}
      header={(state) => (
        <>
          <h1 id="results-title" className="page-title">
            筛选文章
          </h1>
          <p role="status" className="mt-1 text-muted">
            {state.status === "loading" && "正在筛选…"}
            {state.status === "done" && `共 ${state.result.total} 篇，按时间${sort === "old" ? "从旧到新" : "从新到旧"}`}
          </p>
          <p className="mt-1">
            <Link to="/" className="text-brand underline">
              清除筛选，回到各期报纸
            </Link>
          </p>
        </>
      )}
    />
  );
}

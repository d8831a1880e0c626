import { useState } from "react";
import { Link } from "@tanstack/react-router";
import { FilteredList } from "./search/filtered-list";
import type { FilterParams } from "./search/filter-params";

/** Home with tag or date filters: the articles they leave, newest first. */
export function HomeFiltered({ filters, onFilters }: { filters: FilterParams; onFilters: (f: FilterParams) => void }) {
  const [pages, setPages] = useState(1);
  return (
    <FilteredList
      q=""
      filters={filters}
      pages={pages}
      onFilters={onFilters}
      onMore={() => setPages((p) => p + 1)}
      header={(state) => (
        <>
          <h1 id="results-title" className="page-title">
            筛选文章
          </h1>
          <p role="status" className="mt-1 text-muted">
            {state.status === "loading" && "正在筛选…"}
            {state.status === "done" && `共 ${state.result.total} 篇，按时间从新到旧`}
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

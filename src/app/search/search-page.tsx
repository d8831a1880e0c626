import { Link } from "@tanstack/react-router";
import { parseQuery } from "../../shared/search/query";
import { FilteredList } from "./filtered-list";
import type { FilterParams } from "./filter-params";
import type { SearchState } from "./use-search-results";
import type { SortOrder } from "../../shared/search/sort";

/** A term as it must be typed again: a phrase with spaces inside quotes. */
const quoted = (t: string) => (/\s/u.test(t) ? `"${t}"` : t);

function NoResults({ q }: { q: string }) {
  const { typed } = parseQuery(q);
  return (
    <div className="mt-4">
      <p>没有找到同时包含{typed.map((t) => `「${t}」`).join("")}的文章。</p>
      {typed.length > 1 ? (
        <>
          <p className="mt-2">去掉一个词再试：</p>
          <ul className="chips">
            {typed.map((t, i) => (
              <li key={i}>
                <Link
                  to="/search"
                  search={{
                    q: typed
                      .filter((_, j) => j !== i)
                      .map(quoted)
                      .join(" "),
                  }}
                  className="chip"
                >
                  去掉「{t}」
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2 text-muted">试试更短的词，或换一种说法；有筛选条件时，也可以去掉一些。</p>
      )}
    </div>
  );
}

function Status({ q, state }: { q: string; state: SearchState }) {
  return (
    <>
      <h1 id="results-title" className="page-title">
        {q ? `搜索「${q}」` : "搜索"}
      </h1>
      <p role="status" className="mt-1 text-muted">
        {state.status === "idle" && "在上面的搜索框输入词语，多个词用空格分开；用引号把带空格的短语括起来。"}
        {state.status === "loading" && "正在搜索…"}
        {state.status === "done" && `共 ${state.result.total} 篇`}
        {state.status === "done" &&
          state.result.convertedFrom &&
          `（已将繁体「${state.result.convertedFrom}」按简体「${state.result.query}」搜索）`}
      </p>
      {state.status === "done" && state.result.total === 0 && <NoResults q={q} />}
    </>
  );
}

export function SearchPage({
  q,
  filters,
  pages,
  onFilters,
  onMore,
  sort,
  onSort,
}: {
  q: string;
  filters: FilterParams;
  pages: number;
  onFilters: (f: FilterParams) => void;
  onMore: () => void;
  sort?: SortOrder;
  onSort?: (s: SortOrder) => void;
}) {
  return (
    <FilteredList
      q={q}
      filters={filters}
      pages={pages}
      onFilters={onFilters}
      onMore={onMore}
      sort={sort}
      onSort={onSort}
      header={(state) => <Status q={q} state={state} />}
    />
  );
}

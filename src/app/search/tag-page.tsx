import { Link } from "@tanstack/react-router";
import { splitTag, tagKey } from "../../shared/search/tag-format";
import type { SortOrder } from "../../shared/search/sort";
import type { TagInfo } from "../../shared/tag-info";
import { FilteredList } from "./filtered-list";
import { NotFound } from "../not-found";
import { TagOverview } from "../tag-overview";
import { usePages } from "./result-memory";

interface Props {
  label: string;
  name: string;
  info?: TagInfo | null;
  dates?: { from?: string; to?: string };
  sort?: SortOrder;
  onDates?: (d: { from?: string; to?: string }) => void;
  onSort?: (s: SortOrder) => void;
}

/** All articles with one tag, newest first; the chart of its mentions, its roles, the tags seen with it. */
export function TagPage({ label, name, info = null, dates = {}, sort, onDates = () => {}, onSort }: Props) {
  const tag = tagKey(label, name);
  const [pages, more] = usePages(JSON.stringify(["tag", tag, dates, sort]));
  if (!splitTag(tag)) return <NotFound />;
  return (
    <FilteredList
      q=""
      filters={{ tags: [tag], ...dates }}
      pages={pages}
      onFilters={(f) => onDates({ from: f.from, to: f.to })}
      onMore={more}
      showPanel={false}
      emptyWhenUnknown
      sort={sort}
      onSort={onSort}
      fixedTags={[tag]}
      header={(state) => (
        <>
          <h1 id="results-title" className="page-title">
            {label}：{name}
          </h1>
          <p role="status" className="mt-1 text-muted">
            {state.status === "loading" && "正在加载…"}
            {state.status === "done" &&
              !state.result.unknown.length &&
              `共 ${state.result.total} 篇，按时间${sort === "old" ? "从旧到新" : "从新到旧"}`}
            {state.status === "done" && state.result.unknown.length > 0 && "档案里没有这个标签。"}
          </p>
          {state.status === "done" && state.result.unknown.length > 0 && (
            <p className="mt-2">
              <Link to="/" className="text-brand underline">
                回到首页
              </Link>
            </p>
          )}
          {state.status === "done" && !state.result.unknown.length && <TagOverview tag={tag} info={info} />}
        </>
      )}
    />
  );
}

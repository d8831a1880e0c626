import { useState } from "react";
import { Link } from "@tanstack/react-router";
import { splitTag, tagKey } from "../../shared/search/tag-format";
import { FilteredList } from "./filtered-list";
import { NotFound } from "../not-found";
import { TagRolesList, useTagRoles } from "./tag-roles";

/** All articles with one tag, newest first; for a person, the titles the articles give over time. */
export function TagPage({ label, name }: { label: string; name: string }) {
  const tag = tagKey(label, name);
  const [pages, setPages] = useState(1);
  const roles = useTagRoles(tag, label === "人物");
  if (!splitTag(tag)) return <NotFound />;
  return (
    <FilteredList
      q=""
      filters={{ tags: [tag] }}
      pages={pages}
      onFilters={() => {}}
      onMore={() => setPages((p) => p + 1)}
      showPanel={false}
      emptyWhenUnknown
      header={(state) => (
        <>
          <h1 id="results-title" className="page-title">
            {label}：{name}
          </h1>
          <p role="status" className="mt-1 text-muted">
            {state.status === "loading" && "正在加载…"}
            {state.status === "done" && !state.result.unknown.length && `共 ${state.result.total} 篇，按时间从新到旧`}
            {state.status === "done" && state.result.unknown.length > 0 && "档案里没有这个标签。"}
          </p>
          {label === "人物" && roles && roles.length > 0 && <TagRolesList roles={roles} />}
          {state.status === "done" && state.result.unknown.length > 0 && (
            <p className="mt-2">
              <Link to="/" className="text-brand underline">
                回到首页
              </Link>
            </p>
          )}
        </>
      )}
    />
  );
}

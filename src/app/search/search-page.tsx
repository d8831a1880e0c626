import { Link } from "@tanstack/react-router";
import { parseQuery } from "../../shared/search/query";
import { SearchResults } from "./search-results";
import { PAGE_SIZE, useSearchResults } from "./use-search-results";
import { useState } from "react";

function NoResults({ q }: { q: string }) {
  const { typed } = parseQuery(q);
  return (
    <div className="mt-4">
      <p>没有找到同时包含{typed.map((t) => `「${t}」`).join("")}的文章。</p>
      {typed.length > 1 ? (
        <>
          <p className="mt-2">去掉一个词再试：</p>
          <ul className="chips">
            {typed.map((t) => (
              <li key={t}>
                <Link to="/search" search={{ q: typed.filter((o) => o !== t).join(" ") }} className="chip">
                  去掉「{t}」
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2 text-muted">试试更短的词，或换一种说法。</p>
      )}
    </div>
  );
}

export function SearchPage({ q, pages, onMore }: { q: string; pages: number; onMore: () => void }) {
  const [attempt, setAttempt] = useState(0);
  const state = useSearchResults(q, pages, attempt);
  const shown = state.status === "done" ? state.result : state.status === "loading" ? state.previous : undefined;
  return (
    <section
      aria-labelledby="search-title"
      aria-busy={state.status === "loading"}
      data-done-q={state.status === "done" ? state.q : undefined}
      data-worker-ms={state.status === "done" ? state.result.ms.toFixed(2) : undefined}
    >
      <h1 id="search-title" className="page-title">
        {q ? `搜索「${q}」` : "搜索"}
      </h1>
      <p role="status" className="mt-1 text-muted">
        {state.status === "idle" && "在上面的搜索框输入词语，多个词用空格分开；用引号把带空格的短语括起来。"}
        {state.status === "loading" && "正在搜索…"}
        {state.status === "done" && `共 ${state.result.total} 篇`}
        {state.status === "done" && state.result.convertedFrom && `（已将繁体「${state.result.convertedFrom}」按简体「${state.result.query}」搜索）`}
      </p>
      {state.status === "error" && (
        <div role="alert" className="mt-4">
          <p>搜索没有完成：{state.error}</p>
          <button type="button" className="button mt-2" onClick={() => setAttempt((n) => n + 1)}>
            重试
          </button>
        </div>
      )}
      {state.status === "done" && state.result.total === 0 && <NoResults q={q} />}
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
  );
}

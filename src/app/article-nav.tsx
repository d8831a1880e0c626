import { useEffect } from "react";
import { Link, useNavigate } from "@tanstack/react-router";
import type { IssueIndex } from "../shared/archive";
import { typingIn } from "./keys";

export function ArticleNav({ issue, at }: { issue: IssueIndex; at: number }) {
  const navigate = useNavigate();
  const issueId = issue.issue.id;
  const prev = issue.articles[at - 1];
  const next = issue.articles[at + 1];
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typingIn(e.target)) return;
      const to = e.key === "ArrowLeft" ? prev : e.key === "ArrowRight" ? next : undefined;
      if (!to) return;
      e.preventDefault();
      void navigate({ to: "/issues/$issueId/$articleId", params: { issueId, articleId: to.id } });
    };
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
  }, [navigate, issueId, prev, next]);
  return (
    <nav aria-label="本期文章" className="article-nav no-print">
      {prev ? (
        <Link to="/issues/$issueId/$articleId" params={{ issueId, articleId: prev.id }} rel="prev" className="button nav-step">
          <span aria-hidden="true">← </span>
          <span className="nav-step-label">上一篇</span>
          <span className="sr-only">：</span>
          <span className="nav-title">{prev.title}</span>
        </Link>
      ) : (
        <span />
      )}
      <Link to="/issues/$issueId" params={{ issueId }} className="button">
        本期目录
      </Link>
      {next ? (
        <Link to="/issues/$issueId/$articleId" params={{ issueId, articleId: next.id }} rel="next" className="button nav-step">
          <span className="nav-step-label">下一篇</span>
          <span className="sr-only">：</span>
          <span className="nav-title">{next.title}</span>
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

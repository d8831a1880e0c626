import { Link } from "@tanstack/react-router";
import type { IssueIndex } from "../shared/archive";
import { issueDateLabel } from "./format";

/** 上一期 / 下一期 of the same publication (dated issues only: an undated one is neither the oldest nor the newest). */
export function IssueNav({ issue }: { issue: Pick<IssueIndex, "prev" | "next"> }) {
  const { prev, next } = issue;
  if (!prev && !next) return null;
  return (
    <nav aria-label="往期" className="issue-nav no-print">
      {prev ? (
        <Link to="/issues/$issueId" params={{ issueId: prev.id }} className="button">
          ← 上一期（{issueDateLabel(prev)}）
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to="/issues/$issueId" params={{ issueId: next.id }} className="button">
          下一期（{issueDateLabel(next)}）→
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

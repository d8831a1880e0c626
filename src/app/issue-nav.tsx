import { Link } from "@tanstack/react-router";
import type { Catalog } from "../shared/contract";
import { issueNeighbours } from "./catalog";
import { issueDateLabel } from "./format";

/** 上一期 / 下一期 of the same publication. */
export function IssueNav({ catalog, issueId }: { catalog: Catalog; issueId: string }) {
  const { prev, next } = issueNeighbours(catalog, issueId);
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

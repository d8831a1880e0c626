import type { Catalog, IssueSummary } from "../shared/contract";

/** The issues of one publication, oldest to newest by date, undated ones after them: the order 往期 are read in. */
function samePublication(catalog: Catalog, issue: Pick<IssueSummary, "publication">): IssueSummary[] {
  const all = catalog.issues.filter((i) => i.publication === issue.publication);
  const dated = (i: IssueSummary) => !!i.date && !i.date.startsWith("--");
  return [...all.filter(dated).reverse(), ...all.filter((i) => !dated(i))];
}

/** The previous (older) and next (newer) issue of the same publication, if any. */
export function issueNeighbours(catalog: Catalog, issueId: string): { prev: IssueSummary | null; next: IssueSummary | null } {
  const issue = catalog.issues.find((i) => i.id === issueId);
  if (!issue) return { prev: null, next: null };
  const list = samePublication(catalog, issue);
  const at = list.findIndex((i) => i.id === issueId);
  return { prev: list[at - 1] ?? null, next: list[at + 1] ?? null };
}

/** `YYYY-MM-DD` of an issue if it has a full date, else null. */
export const fullDate = (i: Pick<IssueSummary, "date">) => (i.date && /^\d{4}-\d{2}-\d{2}$/.test(i.date) ? i.date : null);

/** Months (`YYYY-MM`) that have dated issues, newest first. */
export function issueMonths(issues: IssueSummary[]): string[] {
  return [
    ...new Set(
      issues
        .map(fullDate)
        .filter((d): d is string => d !== null)
        .map((d) => d.slice(0, 7)),
    ),
  ]
    .sort()
    .reverse();
}

/** Issues filtered by publication name and by date (`YYYY-MM-DD` or `YYYY-MM`). */
export function filterIssues(issues: IssueSummary[], f: { pub?: string; date?: string }): IssueSummary[] {
  return issues.filter((i) => (!f.pub || i.publication === f.pub) && (!f.date || (i.date ?? "").startsWith(f.date)));
}

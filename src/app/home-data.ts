import { redirect } from "@tanstack/react-router";
import type { ListedIssue } from "../shared/archive";
import { loadCatalog, loadLatest, loadPeriod } from "./data";

/**
 * What home shows: the newest issues (of one publication when chosen, from the
 * newest periods that have it) and, when a month is chosen in 往期, that month's issues.
 * A `date` from older links goes to its month's page.
 */
export async function loadHome(deps: { pub?: string; month?: string; date?: string }): Promise<{
  latest: ListedIssue[];
  month?: { key: string; issues: ListedIssue[] };
}> {
  const catalog = await loadCatalog();
  if (deps.date) {
    const [year, month, day] = deps.date.split("-");
    throw redirect({ to: "/dates/$year/$month", params: { year, month }, search: { pub: deps.pub, day: day ? Number(day) : undefined } });
  }
  const known = deps.month && catalog.periods.some((p) => p.key === deps.month) ? deps.month : undefined;
  const [latest, issues] = await Promise.all([deps.pub ? loadLatest(deps.pub) : catalog.latest, known ? loadPeriod(known) : undefined]);
  return { latest, month: known && issues ? { key: known, issues } : undefined };
}

import { UNDATED, type CatalogIndex, type PeriodCount, type ListedIssue } from "../shared/archive";

/** `YYYY-MM-DD` of an issue if it has a full date, else null. */
export const fullDate = (i: Pick<ListedIssue, "date">) => (i.date && /^\d{4}-\d{2}-\d{2}$/.test(i.date) ? i.date : null);

/** Index of a publication in the catalog, -1 for all of them. */
export const publicationAt = (catalog: CatalogIndex, pub?: string) => (pub ? catalog.publications.findIndex((p) => p.name === pub) : -1);

/** Issues of a period, of one publication (`at` ≥ 0) or of all. */
export const countOf = (p: PeriodCount, at: number) => (at < 0 ? p.count : (p.byPublication[at] ?? 0));

/** Years with dated issues, newest first, with their issue counts. */
export function yearsOf(catalog: CatalogIndex, at = -1): { year: string; count: number }[] {
  const years = new Map<string, number>();
  for (const p of catalog.periods) {
    if (p.key === UNDATED || !countOf(p, at)) continue;
    const y = p.key.slice(0, 4);
    years.set(y, (years.get(y) ?? 0) + countOf(p, at));
  }
  return [...years].map(([year, count]) => ({ year, count }));
}

/** The months of a year (`01`…`12`) with their issue counts; `00` counts the issues whose month is unknown. */
export function monthsOf(catalog: CatalogIndex, year: string, at = -1): Map<string, number> {
  const months = new Map<string, number>();
  for (const p of catalog.periods) {
    if (!p.key.startsWith(year) || !countOf(p, at)) continue;
    months.set(p.key.length === 7 ? p.key.slice(5) : "00", countOf(p, at));
  }
  return months;
}

/** Period keys of a year, newest month first, the months-unknown period last. */
export const periodsOfYear = (catalog: CatalogIndex, year: string, at = -1) =>
  catalog.periods.filter((p) => (year === UNDATED ? p.key === UNDATED : p.key.startsWith(year)) && countOf(p, at) > 0).map((p) => p.key);

/** The months with issues next to `month` (`YYYY-MM`): older and newer. */
export function monthNeighbours(catalog: CatalogIndex, month: string, at = -1): { older?: string; newer?: string } {
  const months = catalog.periods.filter((p) => p.key.length === 7 && countOf(p, at) > 0).map((p) => p.key);
  const i = months.indexOf(month);
  if (i < 0) return {};
  return { older: months[i + 1], newer: months[i - 1] };
}

export const undatedCount = (catalog: CatalogIndex, at = -1) => {
  const p = catalog.periods.find((x) => x.key === UNDATED);
  return p ? countOf(p, at) : 0;
};

/** Issues filtered by publication name and by date (`YYYY-MM-DD` or `YYYY-MM`). */
export function filterIssues(issues: ListedIssue[], f: { pub?: string; date?: string }): ListedIssue[] {
  return issues.filter((i) => (!f.pub || i.publication === f.pub) && (!f.date || (i.date ?? "").startsWith(f.date)));
}

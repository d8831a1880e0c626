/** How dates and issues read, the same in the app and in the prerendered pages. */
import type { IssueMeta } from "./contract";

/** 2022-07-27 → 2022年7月27日; partial dates as far as known (2022-07 → 2022年7月); a day without its year says so (--07-27 → 某年7月27日). */
export function formatDate(date: string | null): string {
  if (!date) return "日期不详";
  const m = /^(?:(\d{4})|-)-?(?:(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  return `${y ? `${Number(y)}年` : "某年"}${mo ? `${Number(mo)}月` : ""}${d ? `${Number(d)}日` : ""}`;
}

/** The date as a reader should see it: inferred dates say so. */
export function issueDateLabel(issue: Pick<IssueMeta, "date" | "dateInferred">): string {
  const d = formatDate(issue.date);
  return issue.date && issue.dateInferred ? `${d}（推断）` : d;
}

export const publicationName = (issue: Pick<IssueMeta, "publication">) => issue.publication ?? "未署名报纸";

/** The issue as one label: 市中区报 · 2022年7月27日（推断）. */
export const issueLabel = (issue: Pick<IssueMeta, "publication" | "date" | "dateInferred">) =>
  `${publicationName(issue)} · ${issueDateLabel(issue)}`;

/** A paragraph without the indent some texts carry: pages indent every paragraph once. */
export const withoutIndent = (p: string) => p.replace(/^[\s\u3000]+/u, "");

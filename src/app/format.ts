import type { Article, IssueMeta } from "../shared/contract";

/** 2022-07-27 → 2022年7月27日; partial dates as far as known. */
export function formatDate(date: string | null): string {
  if (!date) return "日期不详";
  const m = /^(?:(\d{4})|-)-?(?:(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  return `${y ? `${Number(y)}年` : ""}${mo ? `${Number(mo)}月` : ""}${d ? `${Number(d)}日` : ""}`;
}

/** The date as a reader should see it: inferred dates say so. */
export function issueDateLabel(issue: Pick<IssueMeta, "date" | "dateInferred">): string {
  const d = formatDate(issue.date);
  return issue.date && issue.dateInferred ? `${d}（推断）` : d;
}

export const publicationName = (issue: Pick<IssueMeta, "publication">) => issue.publication ?? "未署名报纸";

/** The issue as one label: 市中区报 · 2022年7月27日（推断）. */
export const issueLabel = (issue: Pick<IssueMeta, "publication" | "date" | "dateInferred">) => `${publicationName(issue)} · ${issueDateLabel(issue)}`;

/** Minutes to read at about 500 Chinese characters a minute; at least one. */
export const readingMinutes = (a: Pick<Article, "chars">) => Math.max(1, Math.round(a.chars / 500));

/** The citation line of an article: 程修建：市领导来我区调研，《市中区报》2022年7月27日. */
export function citation(a: Pick<Article, "title" | "byline">, issue: Pick<IssueMeta, "publication" | "date" | "dateInferred">): string {
  const who = a.byline ? `${a.byline.replace(/^(本报)?(记者|通讯员)\s*/u, "")}：` : "";
  return `${who}${a.title}，《${publicationName(issue)}》${issueDateLabel(issue)}`;
}

/** A paragraph without the indent some texts carry: the page indents every paragraph once. */
export const withoutIndent = (p: string) => p.replace(/^[\s\u3000]+/u, "");

/** First line of an article, for tables of contents. */
export const opening = (a: Pick<Article, "paragraphs">, max = 60) => {
  const p = withoutIndent(a.paragraphs[0] ?? "");
  return [...p].length > max ? `${[...p].slice(0, max).join("")}…` : p;
};

import type { Article, IssueMeta } from "../shared/contract";
import { issueDateLabel, publicationName, withoutIndent } from "../shared/format";

export { formatDate, issueDateLabel, issueLabel, publicationName, withoutIndent } from "../shared/format";

/** Minutes to read at about 500 Chinese characters a minute; at least one. */
export const readingMinutes = (a: Pick<Article, "chars">) => Math.max(1, Math.round(a.chars / 500));

/** The citation line of an article: 程修建：市领导来我区调研，《市中区报》2022年7月27日. */
export function citation(a: Pick<Article, "title" | "byline">, issue: Pick<IssueMeta, "publication" | "date" | "dateInferred">): string {
  const who = a.byline ? `${a.byline.replace(/^(本报)?(记者|通讯员)\s*/u, "")}：` : "";
  return `${who}${a.title}，《${publicationName(issue)}》${issueDateLabel(issue)}`;
}

/** First line of an article, for tables of contents. */
export const opening = (a: Pick<Article, "paragraphs">, max = 60) => {
  const p = withoutIndent(a.paragraphs[0] ?? "");
  return [...p].length > max ? `${[...p].slice(0, max).join("")}…` : p;
};

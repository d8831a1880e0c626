/**
 * Each route's head (title, description, canonical URL, Open Graph) through the
 * router's `head` option: the build writes it into the prerendered page, and
 * the app applies it on every navigation (`document-head.ts`).
 */
import type { IssueFile } from "../shared/contract";
import { issueLabel } from "./format";
import { opening, SITE_NAME, SITE_TAGLINE } from "../shared/page-meta";

export { SITE_NAME };
export const SITE_TITLE = `${SITE_NAME} · ${SITE_TAGLINE}`;

/** The public origin canonical URLs point at: the build's KANBAO_SITE_URL, else where the app runs. */
export function siteOrigin(): string {
  const configured = import.meta.env.KANBAO_SITE_URL as string | undefined;
  if (configured) return configured;
  return typeof location === "undefined" ? "http://127.0.0.1:4173" : location.origin;
}

/** `issues/x/` → https://example.org/archive/issues/x/ */
export const absoluteUrl = (path: string) => `${siteOrigin()}${import.meta.env.BASE_URL ?? "/"}${path.replace(/^\/+/u, "")}`;

export interface PageHead {
  title: string;
  description: string;
  /** The page's path under the base, in canonical form (`issues/x/`). */
  path: string;
  type?: "website" | "article";
  /** ISO date or month for article:published_time. */
  published?: string;
  section?: string;
}

type Meta = { title: string } | { name: string; content: string } | { property: string; content: string };

export function routeHead(p: PageHead): { meta: Meta[]; links: { rel: string; href: string }[] } {
  const url = absoluteUrl(p.path);
  const meta: Meta[] = [
    { title: p.title },
    { name: "description", content: p.description },
    { property: "og:type", content: p.type ?? "website" },
    { property: "og:title", content: p.title },
    { property: "og:description", content: p.description },
    { property: "og:url", content: url },
  ];
  if (p.published) meta.push({ property: "article:published_time", content: p.published });
  if (p.section) meta.push({ property: "article:section", content: p.section });
  return { meta, links: [{ rel: "canonical", href: url }] };
}

/** ISO time for article:published_time; month precision when the day was inferred. */
function published(date: string | null, inferred: boolean): string | undefined {
  if (!date || !/^\d{4}-\d{2}/u.test(date)) return undefined;
  return inferred ? date.slice(0, 7) : date;
}

export function issueHead(file: { issue: IssueFile["issue"]; articles: { title: string }[] }) {
  const label = issueLabel(file.issue);
  const titles = file.articles
    .slice(0, 3)
    .map((a) => a.title)
    .join("；");
  return routeHead({
    title: `${label} · ${SITE_NAME}`,
    description: `${label}，共 ${file.articles.length} 篇：${titles}`,
    path: `issues/${file.issue.id}/`,
  });
}

export function articleHead(file: { issue: IssueFile["issue"] }, a: Pick<IssueFile["articles"][number], "id" | "title" | "paragraphs">) {
  return routeHead({
    title: `${a.title} · ${file.issue.publication ?? SITE_NAME}`,
    description: opening(a.paragraphs.join("")),
    path: `issues/${file.issue.id}/${a.id}/`,
    type: "article",
    published: published(file.issue.date, file.issue.dateInferred),
    section: file.issue.publication ?? undefined,
  });
}

export const NOT_FOUND_HEAD = {
  title: `找不到这个页面 · ${SITE_NAME}`,
  description: "链接可能有误，或这期报纸、这篇文章已不在档案中。",
};

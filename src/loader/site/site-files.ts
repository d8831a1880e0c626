/**
 * Every page of the built site as its own HTML file (for link previews and
 * readers without JavaScript), 404.html, an app shell for the service worker,
 * feeds, sitemap and robots.txt. Written after Vite has written index.html.
 * A page at /issues/x is the file issues/x.html, as static hosts serve clean URLs.
 */
import type { ContentBuild } from "../build";
import { absolute, opening, type SiteUrls } from "./html";
import { fillTemplate } from "./page-head";
import { articleMarkup, homeMarkup, issueLabel, issueMarkup, notFoundMarkup, searchMarkup } from "./static-markup";
import { feedPath, feeds, sitemaps } from "./feeds";
import { archivePages } from "./archive-pages";

/** ISO time for article:published_time; month precision when the day was inferred. */
function published(date: string | null, inferred: boolean): string | undefined {
  if (!date || !/^\d{4}-\d{2}/.test(date)) return undefined;
  return inferred ? date.slice(0, 7) : date;
}

export const APP_SHELL = "app-shell.html";

export function siteFiles(build: ContentBuild, template: string, site: SiteUrls): Map<string, string> {
  const out = new Map<string, string>();
  const allFeed: [string, string] = ["看报 · 最新文章", absolute(site, "feed.xml")];
  const feedsOf = (publication: string | null): [string, string][] =>
    publication ? [allFeed, [`${publication} · 看报`, absolute(site, feedPath(publication))]] : [allFeed];
  const page = (
    path: string,
    title: string,
    description: string,
    body: string,
    type: "website" | "article" = "website",
    extra: { published?: string; section?: string; publication?: string | null } = {},
  ) =>
    fillTemplate(
      template,
      { title, description, url: absolute(site, path), type, ...extra, feeds: feedsOf(extra.publication ?? null) },
      body,
    );

  out.set(
    "index.html",
    page("", "看报 · 地方报纸数字档案", "地方报纸数字档案：按期阅读、全文检索、按人物地点主题筛选。", homeMarkup(site, build.catalog)),
  );
  for (const f of build.issues) {
    const label = issueLabel(f.issue);
    out.set(
      `issues/${f.issue.id}.html`,
      page(
        `issues/${f.issue.id}`,
        `${label} · 看报`,
        `${label}，共 ${f.articles.length} 篇：${f.articles
          .slice(0, 3)
          .map((a) => a.title)
          .join("；")}`,
        issueMarkup(site, f),
        "website",
        { publication: f.issue.publication },
      ),
    );
    for (const a of f.articles) {
      out.set(
        `issues/${f.issue.id}/${a.id}.html`,
        page(
          `issues/${f.issue.id}/${a.id}`,
          `${a.title} · ${f.issue.publication ?? "看报"}`,
          opening(a.paragraphs.join("")),
          articleMarkup(site, f, a),
          "article",
          {
            published: published(f.issue.date, f.issue.dateInferred),
            section: f.issue.publication ?? undefined,
            publication: f.issue.publication,
          },
        ),
      );
    }
  }
  for (const p of archivePages(site, build.catalog)) out.set(`${p.path}.html`, page(p.path, p.title, p.description, p.body));
  out.set("search.html", page("search", "搜索 · 看报", "在地方报纸档案中全文搜索。", searchMarkup(site)));
  out.set("404.html", page("404.html", "找不到这个页面 · 看报", "链接可能有误，或这期报纸、这篇文章已不在档案中。", notFoundMarkup(site)));
  out.set(
    APP_SHELL,
    fillTemplate(template, { title: "看报", description: "地方报纸数字档案", url: absolute(site, ""), type: "website" }, ""),
  );
  for (const [p, body] of feeds(site, build.catalog, build.issues)) out.set(p, body);
  for (const [p, body] of sitemaps(site, build.issues)) out.set(p, body);
  return out;
}

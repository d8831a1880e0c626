/**
 * Static markup of each page type, for readers and link previews without
 * JavaScript. It uses the app's own classes, so the app's takeover does not jump.
 */
import type { Article, Catalog, IssueFile } from "../../shared/contract";
import { issueDateLabel as dateLabel, issueLabel, publicationName as pub, withoutIndent } from "../../shared/format";
import { esc, pathOf, type SiteUrls } from "./html";
import { LATEST_ISSUES, UNDATED, periodOf } from "../../shared/archive";

export { issueLabel };

export function frame(site: SiteUrls, main: string): string {
  return `<a href="#main" class="skip-link">跳到正文</a>
<header class="site-header no-print"><div class="site-header-inner"><a href="${pathOf(site, "")}" class="brand" aria-label="看报 首页">看报</a>
<nav aria-label="主导航" class="flex items-center gap-1"><a href="${pathOf(site, "")}" class="nav-link">首页</a></nav>
<div class="search-slot"><form role="search" aria-label="全文搜索" class="search-form" action="${pathOf(site, "search")}" method="get"><label for="site-search" class="sr-only">搜索全文</label><input id="site-search" type="search" name="q" placeholder="搜索全文" aria-keyshortcuts="/" class="search-input" /><button type="submit" class="button">搜索</button></form></div></div></header>
<main id="main" tabindex="-1" class="page">${main}</main>
<footer class="site-footer no-print">看报 · 地方报纸数字档案</footer>`;
}

export function articleMarkup(site: SiteUrls, file: IssueFile, a: Article): string {
  const issuePath = pathOf(site, `issues/${file.issue.id}`);
  const meta = [a.byline, pub(file.issue), dateLabel(file.issue)]
    .filter(Boolean)
    .map((x) => `<span>${esc(x!)}</span>`)
    .join("");
  const paras = a.paragraphs.map((p, i) => `<p id="p${i + 1}">${esc(withoutIndent(p))}</p>`).join("\n");
  return frame(
    site,
    `<article aria-labelledby="article-title" class="reader"><header class="mb-6">${a.kicker ? `<p class="kicker">${esc(a.kicker)}</p>` : ""}<h1 id="article-title" class="article-title">${esc(a.title)}</h1>${a.subtitle ? `<p class="subtitle">${esc(a.subtitle)}</p>` : ""}<p class="meta">${meta}</p></header>
<div class="article-body">${paras}</div>
<footer class="mt-8"><p><a href="${issuePath}" class="button">本期目录</a></p></footer></article>`,
  );
}

export function issueMarkup(site: SiteUrls, file: IssueFile): string {
  const items = file.articles
    .map(
      (a) =>
        `<li>${a.kicker ? `<p class="kicker">${esc(a.kicker)}</p>` : ""}<h2 class="toc-title"><a href="${pathOf(site, `issues/${file.issue.id}/${a.id}`)}">${esc(a.title)}</a></h2>${a.subtitle ? `<p class="subtitle">${esc(a.subtitle)}</p>` : ""}${a.byline ? `<p class="meta">${esc(a.byline)}</p>` : ""}</li>`,
    )
    .join("\n");
  return frame(
    site,
    `<section aria-labelledby="issue-title"><h1 id="issue-title" class="page-title">${esc(issueLabel(file.issue))}</h1><p class="text-muted">本期 ${file.articles.length} 篇</p><ol aria-label="本期目录" class="toc">${items}</ol></section>`,
  );
}

/** Home lists the newest dated issues, as the app does (往期 reaches the rest). */
export function homeMarkup(site: SiteUrls, catalog: Catalog, limit = LATEST_ISSUES): string {
  const items = catalog.issues
    .filter((i) => periodOf(i.date) !== UNDATED)
    .slice(0, limit)
    .map(
      (i) =>
        `<li><article aria-labelledby="issue-${i.id}"><h3 id="issue-${i.id}" class="issue-title"><a href="${pathOf(site, `issues/${i.id}`)}">${esc(issueLabel(i))}</a></h3><p class="text-sm text-muted">${i.articleCount} 篇文章</p><ul class="leads">${i.leads.map((l) => `<li><a href="${pathOf(site, `issues/${i.id}/${l.id}`)}">${esc(l.title)}</a></li>`).join("")}</ul></article></li>`,
    )
    .join("\n");
  return frame(
    site,
    `<h1 class="page-title">各期报纸</h1><section aria-labelledby="issues-title"><h2 id="issues-title" class="section-title">最新各期</h2><ul aria-labelledby="issues-title" class="issue-list">${items}</ul></section>`,
  );
}

export function notFoundMarkup(site: SiteUrls): string {
  return frame(
    site,
    `<section aria-labelledby="nf-title"><h1 id="nf-title" class="page-title">找不到这个页面</h1><p class="mt-2">链接可能有误，或这期报纸、这篇文章已不在档案中。</p><p class="mt-4"><a href="${pathOf(site, "")}" class="text-brand underline">回到首页</a></p></section>`,
  );
}

export function searchMarkup(site: SiteUrls): string {
  return frame(
    site,
    `<h1 class="page-title">搜索</h1><noscript><p class="mt-2">全文搜索需要 JavaScript；也可以从各期目录浏览。</p></noscript>`,
  );
}

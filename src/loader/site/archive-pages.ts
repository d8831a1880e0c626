/**
 * Real pages for the routes of the reader: a page per year and per month of
 * the archive (their issues listed, readable without JavaScript), and the
 * 收藏 and 最近阅读 pages (kept on the device, so nothing to list here).
 */
import type { Catalog, IssueSummary } from "../../shared/contract";
import { UNDATED, periodOf } from "../../shared/archive";
import { esc, pathOf, type SiteUrls } from "./html";
import { frame, issueLabel } from "./static-markup";

export interface ExtraPage {
  /** Path of the page under the base, without .html: `dates/2022/07`. */
  path: string;
  title: string;
  description: string;
  body: string;
}

const list = (site: SiteUrls, issues: IssueSummary[], label: string) =>
  `<ul aria-label="${esc(label)}" class="issue-lines">${issues
    .map(
      (i) =>
        `<li><a href="${pathOf(site, `issues/${i.id}`)}">${esc(issueLabel(i))}</a><span class="text-sm text-muted"> · ${i.articleCount} 篇</span></li>`,
    )
    .join("")}</ul>`;

export function archivePages(site: SiteUrls, catalog: Catalog): ExtraPage[] {
  const byPeriod = new Map<string, IssueSummary[]>();
  for (const i of catalog.issues) {
    const k = periodOf(i.date);
    (byPeriod.get(k) ?? byPeriod.set(k, []).get(k)!).push(i);
  }
  const years = new Map<string, string[]>();
  for (const k of byPeriod.keys()) {
    const y = k === UNDATED ? UNDATED : k.slice(0, 4);
    (years.get(y) ?? years.set(y, []).get(y)!).push(k);
  }
  const pages: ExtraPage[] = [];
  for (const [year, keys] of years) {
    const title = year === UNDATED ? "日期不详的报纸" : `${Number(year)}年`;
    const sections = keys
      .map((k) => {
        const name =
          k.length === 7 ? `${Number(year)}年${Number(k.slice(5))}月` : year === UNDATED ? "日期不详" : `${Number(year)}年 · 月份不详`;
        return `<section class="mt-6"><h2 class="section-title">${esc(name)}</h2>${list(site, byPeriod.get(k)!, `${name}的报纸`)}</section>`;
      })
      .join("");
    const count = keys.reduce((n, k) => n + byPeriod.get(k)!.length, 0);
    pages.push({
      path: `dates/${year}`,
      title: `${title} · 看报`,
      description: `${title}的报纸，共 ${count} 期。`,
      body: frame(
        site,
        `<section aria-labelledby="year-title"><h1 id="year-title" class="page-title">${esc(title)}</h1><p class="text-muted">共 ${count} 期</p>${sections}</section>`,
      ),
    });
    for (const k of keys.filter((x) => x.length === 7)) {
      const name = `${Number(year)}年${Number(k.slice(5))}月`;
      const issues = byPeriod.get(k)!;
      pages.push({
        path: `dates/${year}/${k.slice(5)}`,
        title: `${name} · 看报`,
        description: `${name}的报纸，共 ${issues.length} 期。`,
        body: frame(
          site,
          `<section aria-labelledby="month-title"><h1 id="month-title" class="page-title">${esc(name)}</h1><p class="text-muted">本月 ${issues.length} 期</p>${list(site, issues, `${name}各期`)}</section>`,
        ),
      });
    }
  }
  for (const [path, title, note] of [
    ["bookmarks", "收藏", "收藏的文章只保存在这台设备的浏览器里。"],
    ["history", "最近阅读", "读过的文章只保存在这台设备的浏览器里。"],
  ])
    pages.push({
      path,
      title: `${title} · 看报`,
      description: note,
      body: frame(
        site,
        `<section aria-labelledby="library-title"><h1 id="library-title" class="page-title">${title}</h1><p class="text-muted">${note}</p><noscript><p class="mt-2">这个页面需要 JavaScript。</p></noscript></section>`,
      ),
    });
  return pages;
}

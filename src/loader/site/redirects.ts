/**
 * A page for every URL that used to exist (the id ledger's former ids): a
 * static page any host serves, that sends the reader on to the page holding
 * the article now (meta refresh, and a script that keeps #p3 paragraph links),
 * names it as canonical for search engines, and links to it for everyone else.
 */
import type { ContentBuild } from "../build";
import { absolute, esc, pathOf, type SiteUrls } from "./html";
import { issueLabel } from "../../shared/format";

export function redirectPage(site: SiteUrls, to: string, title: string): string {
  const href = pathOf(site, to);
  const target = JSON.stringify(href).replace(/</gu, "\\u003c");
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>已移至：${esc(title)}</title>
    <link rel="canonical" href="${esc(absolute(site, to))}" />
    <meta http-equiv="refresh" content="0; url=${esc(href)}" />
    <script>location.replace(${target} + location.hash);</script>
  </head>
  <body>
    <main>
      <p>这个页面已移至 <a href="${esc(href)}">${esc(title)}</a>。</p>
    </main>
  </body>
</html>
`;
}

/**
 * The redirect pages of a build, by file name. `fileOf` is the page writer's
 * own rule from a page path (`issues/a/b`) to its file (`issues/a/b.html`), so
 * a redirect lives where that page would.
 */
export function redirectFiles(
  site: SiteUrls,
  build: Pick<ContentBuild, "redirects" | "issues">,
  fileOf: (path: string) => string,
): Map<string, string> {
  const titles = new Map<string, string>();
  for (const f of build.issues) {
    titles.set(`issues/${f.issue.id}`, issueLabel(f.issue));
    for (const a of f.articles) titles.set(`issues/${f.issue.id}/${a.id}`, a.title);
  }
  const out = new Map<string, string>();
  // To the page's canonical URL (with its trailing slash), so no host needs a second hop.
  for (const r of build.redirects) out.set(fileOf(r.from), redirectPage(site, `${r.to}/`, titles.get(r.to) ?? "看报"));
  return out;
}

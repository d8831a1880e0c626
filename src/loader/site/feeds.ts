/** Atom feeds (all articles, and one per publication), sitemap.xml and robots.txt. */
import type { Catalog, IssueFile } from "../../shared/contract";
import { issueLabel } from "../../shared/format";
import { absolute, esc, opening, type SiteUrls } from "./html";
import type { SitePage } from "./pages";
import { slug } from "../ids";

export const FEED_SIZE = 50;
// A sitemap holds at most 50,000 URLs; larger archives get an index of several.
const SITEMAP_MAX = 45000;

/** An issue date as a timestamp (Beijing time); undated issues have none. */
const stamp = (d: string | null) =>
  d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00+08:00` : d && /^\d{4}-\d{2}$/.test(d) ? `${d}-01T00:00:00+08:00` : null;

export const feedPath = (publication: string | null) => (publication ? `feeds/${slug(publication)}.xml` : "feed.xml");

function atom(site: SiteUrls, title: string, path: string, issues: IssueFile[]): string {
  const entries = issues
    .filter((f) => stamp(f.issue.date))
    .flatMap((f) => f.articles.map((a) => ({ f, a })))
    .slice(0, FEED_SIZE);
  const updated = entries.length ? stamp(entries[0].f.issue.date)! : "1970-01-01T00:00:00Z";
  const items = entries.map(({ f, a }) => {
    const url = absolute(site, `issues/${f.issue.id}/${a.id}/`);
    const html = a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("");
    return `  <entry>
    <id>${esc(url)}</id>
    <title>${esc(a.title)}</title>
    <link rel="alternate" type="text/html" href="${esc(url)}"/>
    <updated>${stamp(f.issue.date)}</updated>
${a.authors.map((n) => `    <author><name>${esc(n)}</name></author>`).join("\n") || `    <author><name>${esc(f.issue.publication ?? "看报")}</name></author>`}
    <summary>${esc(opening(a.paragraphs.join("")))}</summary>
    <content type="html">${esc(html)}</content>
    <category term="${esc(issueLabel(f.issue))}"/>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${esc(absolute(site, path))}</id>
  <title>${esc(title)}</title>
  <link rel="self" href="${esc(absolute(site, path))}"/>
  <link rel="alternate" type="text/html" href="${esc(absolute(site, ""))}"/>
  <updated>${updated}</updated>
${items.join("\n")}
</feed>
`;
}

/** The newest articles of the archive and of each publication (issues are newest first already). */
export function feeds(site: SiteUrls, catalog: Catalog, issues: IssueFile[]): Map<string, string> {
  const out = new Map<string, string>();
  out.set("feed.xml", atom(site, "看报 · 最新文章", "feed.xml", issues));
  for (const p of catalog.publications) {
    out.set(
      feedPath(p.name),
      atom(
        site,
        `${p.name} · 看报`,
        feedPath(p.name),
        issues.filter((f) => f.issue.publication === p.name),
      ),
    );
  }
  return out;
}

/** Every page with content (home, issues, articles, the tag index and tags), at its canonical URL. */
export function sitemaps(site: SiteUrls, pages: SitePage[]): Map<string, string> {
  const urls = pages
    .filter((p) => p.kind !== "search" && p.kind !== "library")
    .map((p) => ({ loc: absolute(site, p.path), lastmod: p.lastmod ?? null }));
  const page = (list: typeof urls) =>
    `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${list.map((u) => `  <url><loc>${esc(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ""}</url>`).join("\n")}
</urlset>
`;
  const out = new Map<string, string>();
  if (urls.length <= SITEMAP_MAX) out.set("sitemap.xml", page(urls));
  else {
    const parts: string[] = [];
    for (let i = 0; i < urls.length; i += SITEMAP_MAX) {
      const name = `sitemap-${parts.length + 1}.xml`;
      out.set(name, page(urls.slice(i, i + SITEMAP_MAX)));
      parts.push(name);
    }
    out.set(
      "sitemap.xml",
      `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${parts.map((p) => `  <sitemap><loc>${esc(absolute(site, p))}</loc></sitemap>`).join("\n")}
</sitemapindex>
`,
    );
  }
  out.set("robots.txt", `User-agent: *\nAllow: /\nSitemap: ${absolute(site, "sitemap.xml")}\n`);
  return out;
}

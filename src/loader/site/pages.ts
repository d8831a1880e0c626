/**
 * Every page of the built site, as the URL path the app routes (under the base,
 * in canonical form with a trailing slash) and the file a static host serves
 * for it: `issues/x/` → `issues/x/index.html`, which OSS, COS, S3, nginx and
 * GitHub Pages all serve for `/issues/x/` without a rewrite rule.
 */
import type { ContentBuild } from "../build";
import { splitTag } from "../../shared/search/tag-format";
import type { TagNames } from "../../shared/search/tag-lookup-paths";
import { UNDATED, periodOf } from "../../shared/archive";

export interface SitePage {
  /** `issues/x/`, with URL-encoded segments; "" is home. */
  path: string;
  kind: "home" | "issue" | "article" | "search" | "tags" | "tag" | "year" | "month" | "library";
  /** The publication whose feed the page announces. */
  publication?: string | null;
  /** The issue's day, for the sitemap. */
  lastmod?: string | null;
}

/** The file of a page: `issues/x/` → `issues/x/index.html`, `tags/%E4%BA%BA/…/` → `tags/人/…/index.html`. */
export const pageFile = (path: string) => {
  const bare = decodeURIComponent(path.replace(/\?.*$/su, ""));
  return `${bare}${bare && !bare.endsWith("/") ? "/" : ""}index.html`;
};

// A tag name that cannot be a folder name on every host and file system gets no
// page of its own; the app still shows it from 404.html.
const UNSAFE_SEGMENT = /[\u0000-\u001f\u007f/\\:*?"<>|%#]|^\.{1,2}$|^\s|\s$/u;
export const safeSegment = (s: string) => !!s && !UNSAFE_SEGMENT.test(s) && Buffer.byteLength(s) <= 200;

export function sitePages(build: ContentBuild, tags: TagNames): { pages: SitePage[]; skippedTags: string[] } {
  const pages: SitePage[] = [{ path: "", kind: "home" }];
  for (const f of build.issues) {
    const publication = f.issue.publication;
    const lastmod = f.issue.date && /^\d{4}-\d{2}-\d{2}$/u.test(f.issue.date) ? f.issue.date : null;
    pages.push({ path: `issues/${f.issue.id}/`, kind: "issue", publication, lastmod });
    for (const a of f.articles) pages.push({ path: `issues/${f.issue.id}/${a.id}/`, kind: "article", publication, lastmod });
  }
  // A page per year and per month of the archive (undated issues have a year page of their own), 收藏 and 最近阅读.
  const periods = new Set(build.catalog.issues.map((i) => periodOf(i.date)));
  const years = new Set([...periods].map((k) => (k === UNDATED ? UNDATED : k.slice(0, 4))));
  for (const y of [...years].sort()) pages.push({ path: `dates/${y}/`, kind: "year" });
  for (const k of [...periods].filter((x) => x.length === 7).sort())
    pages.push({ path: `dates/${k.slice(0, 4)}/${k.slice(5)}/`, kind: "month" });
  pages.push({ path: "bookmarks/", kind: "library" }, { path: "history/", kind: "library" });
  // The search page's canonical URL carries its (empty) query.
  pages.push({ path: "search/?q=", kind: "search" }, { path: "tags/", kind: "tags" });
  const skippedTags: string[] = [];
  for (const [tag] of tags) {
    const t = splitTag(tag);
    if (!t || !safeSegment(t.name)) {
      skippedTags.push(tag);
      continue;
    }
    pages.push({ path: `tags/${encodeURIComponent(t.label)}/${encodeURIComponent(t.name)}/`, kind: "tag" });
  }
  return { pages, skippedTags };
}

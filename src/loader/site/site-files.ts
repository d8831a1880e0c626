/**
 * The built site beyond the app: a page per route (home, each issue and
 * article, search, the tag index and each tag), rendered by the app itself;
 * 404.html; an app shell for the service worker; feeds, sitemap and robots.txt.
 * Written after Vite has written index.html and the data files.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ContentBuild } from "../build";
import { absolute, type SiteUrls } from "./html";
import { fillTemplate, type Head } from "./page-head";
import { feedPath, feeds, sitemaps } from "./feeds";
import { pageFile, sitePages, type SitePage } from "./pages";
import type { Renderer } from "./prerender";
import type { ShareImage } from "./share-image";
import { SITE_NAME } from "../../shared/page-meta";
import { lookupPaths, type TagNames } from "../../shared/search/tag-lookup-paths";
import { DataSet } from "../../shared/search/data-set";
import { diskFetch } from "../node-search";

export const APP_SHELL = "app-shell.html";

export interface SiteReport {
  pages: number;
  files: number;
  /** Pages whose route failed or found nothing (never written as a page that says so with status 200), a bad share image. */
  problems: string[];
  skippedTags: string[];
  seconds: number;
}

/** Tags every page carries: the site's name and locale, its share image, its feeds. */
function siteTags(site: SiteUrls, page: Pick<SitePage, "publication">, image: Head["tags"]): Head["tags"] {
  const feed = (title: string, path: string) => ({
    tag: "link" as const,
    attrs: { rel: "alternate", type: "application/atom+xml", title, href: absolute(site, path) },
  });
  return [
    { tag: "meta", attrs: { property: "og:site_name", content: SITE_NAME } },
    { tag: "meta", attrs: { property: "og:locale", content: "zh_CN" } },
    ...image,
    feed(`${SITE_NAME} · 最新文章`, "feed.xml"),
    ...(page.publication ? [feed(`${page.publication} · ${SITE_NAME}`, feedPath(page.publication))] : []),
  ];
}

export async function writeSite(
  build: ContentBuild,
  dist: string,
  site: SiteUrls,
  renderer: Renderer,
  share: ShareImage,
  /** More pages by file, given the rule from a page path to its file (the redirect pages of former URLs); never over a page. */
  morePages: (fileOf: (path: string) => string) => Map<string, string> = () => new Map(),
): Promise<SiteReport> {
  const image = share.tags;
  const t0 = performance.now();
  const template = readFileSync(join(dist, "index.html"), "utf8");
  const write = (file: string, body: string | Uint8Array) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), body);
  };
  // The tag names as the app reads them: through this build's entry file (data files have hashed names).
  const tags = await new DataSet(diskFetch(dist)).json<TagNames>(lookupPaths.names());
  const { pages, skippedTags } = sitePages(build, tags);
  const problems: string[] = share.problem ? [share.problem] : [];
  if (share.file) write(...share.file);
  let rendered = 0;
  const written = new Set<string>();
  for (const page of pages) {
    const r = await renderer.render(page.path);
    if (r.error || r.notFound) {
      problems.push(`/${page.path}: ${r.error ?? "the app found no such page"}`);
      continue;
    }
    write(pageFile(page.path), fillTemplate(template, r, siteTags(site, page, image)));
    written.add(pageFile(page.path));
    rendered++;
  }
  for (const [file, body] of morePages(pageFile)) if (!written.has(file)) write(file, body);
  // Any path without a file: the app's own not-found page, which also renders real routes (older links) once it runs.
  const notFound = await renderer.render("404/");
  write("404.html", fillTemplate(template, notFound, siteTags(site, {}, image)));
  write(APP_SHELL, fillTemplate(template, { head: { title: SITE_NAME, tags: [] } }, siteTags(site, {}, image)));
  const extra = [...feeds(site, build.catalog, build.issues), ...sitemaps(site, pages)];
  for (const [p, body] of extra) write(p, body);
  return {
    pages: rendered,
    files: extra.length + 2,
    problems,
    skippedTags,
    seconds: (performance.now() - t0) / 1000,
  };
}

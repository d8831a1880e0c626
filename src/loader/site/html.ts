/** Writing HTML by hand, safely: every text goes through `esc`. */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Where the site lives: its origin for absolute URLs (feeds, Open Graph) and its base path. */
export interface SiteUrls {
  /** e.g. https://kanbao.example.org, without a trailing slash */
  origin: string;
  /** e.g. / or /archive/, with slashes at both ends */
  base: string;
}

export function siteUrls(env = process.env): SiteUrls {
  const origin = (env.KANBAO_SITE_URL ?? "http://127.0.0.1:4173").replace(/\/+$/, "");
  const raw = env.KANBAO_BASE ?? "/";
  const base = `/${raw.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  return { origin, base };
}

/** A production build without KANBAO_SITE_URL publishes links to this machine: say so, once. */
export function siteUrlWarning(env = process.env): string | null {
  if (env.KANBAO_SITE_URL) return null;
  return `kanbao: KANBAO_SITE_URL is not set, so canonical URLs, link previews (og:url, og:image), feeds and the sitemap point at ${siteUrls(env).origin}; set it to the public origin, e.g. KANBAO_SITE_URL=https://news.example.org`;
}

/** Path of a page under the base: `issues/x/y` → `/archive/issues/x/y`. */
export const pathOf = (site: SiteUrls, path: string) => `${site.base}${path.replace(/^\/+/, "")}`;
export const absolute = (site: SiteUrls, path: string) => `${site.origin}${pathOf(site, path)}`;

export { opening } from "../../shared/page-meta";

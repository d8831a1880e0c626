/** Fill the built index.html for one page: title, description, canonical URL, Open Graph, static content. */
import { esc } from "./html";

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  type: "website" | "article";
  /** ISO date for article:published_time, when the issue date is known to the day. */
  published?: string;
  section?: string;
  /** Atom feeds to announce: [title, absolute URL]. */
  feeds?: [string, string][];
}

function headTags(m: PageMeta, siteName: string): string {
  const tags = [
    `<link rel="canonical" href="${esc(m.url)}" />`,
    `<meta property="og:site_name" content="${esc(siteName)}" />`,
    `<meta property="og:locale" content="zh_CN" />`,
    `<meta property="og:type" content="${m.type}" />`,
    `<meta property="og:title" content="${esc(m.title)}" />`,
    `<meta property="og:description" content="${esc(m.description)}" />`,
    `<meta property="og:url" content="${esc(m.url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ];
  if (m.published) tags.push(`<meta property="article:published_time" content="${esc(m.published)}" />`);
  if (m.section) tags.push(`<meta property="article:section" content="${esc(m.section)}" />`);
  for (const [title, href] of m.feeds ?? [])
    tags.push(`<link rel="alternate" type="application/atom+xml" title="${esc(title)}" href="${esc(href)}" />`);
  return tags.join("\n    ");
}

/**
 * The page: the app's own index.html with this page's head, and its content
 * prerendered in #prerender; the app (in #app, hidden until it has rendered)
 * takes over without a flash.
 */
export function fillTemplate(template: string, meta: PageMeta, body: string, siteName = "看报"): string {
  // Replacements are functions: a "$" in an article ("US$'") must stay text, not a pattern.
  let html = template
    .replace(/<title>[^<]*<\/title>/u, () => `<title>${esc(meta.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/u, () => `<meta name="description" content="${esc(meta.description)}" />`)
    .replace("</head>", () => `    ${headTags(meta, siteName)}\n  </head>`);
  if (body) html = html.replace('<div id="app"></div>', () => `<div id="prerender">${body}</div>\n    <div id="app" hidden></div>`);
  return html;
}

/** Fill the built index.html for one page: its head from the app's routes, the site's own tags, and its prerendered markup. */
import { esc } from "./html";
import { HEAD_ATTR, RENDER_KEY_ATTR } from "../../shared/page-meta";

export interface Head {
  title: string;
  tags: { tag: "meta" | "link"; attrs: Record<string, string> }[];
}

const tagHtml = (t: Head["tags"][number], extra = "") =>
  `<${t.tag}${Object.entries(t.attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join("")}${extra} />`;

/**
 * The page: the app's own index.html with this page's head (tags the app
 * manages marked with `data-page-head`), the site-wide tags, and the app's
 * markup in #app, stamped with the key the app checks before it hydrates.
 */
export function fillTemplate(template: string, page: { head: Head; html?: string; key?: string }, siteTags: Head["tags"] = []): string {
  const head = [...page.head.tags.map((t) => tagHtml(t, ` ${HEAD_ATTR}`)), ...siteTags.map((t) => tagHtml(t))].join("\n    ");
  // Replacements are functions: a "$" in an article ("US$'") must stay text, not a pattern.
  let html = template
    .replace(/<title>[^<]*<\/title>/u, () => `<title>${esc(page.head.title)}</title>`)
    .replace(/\s*<meta name="description" content="[^"]*" \/>/u, () => "")
    .replace("</head>", () => `    ${head}\n  </head>`);
  if (page.html !== undefined)
    html = html.replace('<div id="app"></div>', () => `<div id="app" ${RENDER_KEY_ATTR}="${esc(page.key ?? "")}">${page.html}</div>`);
  return html;
}

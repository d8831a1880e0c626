/** What the build writes into each page's HTML and the app reads back from it. */

/** The site's name and what it is, in titles, Open Graph and the default share image. */
export const SITE_NAME = "看报";
export const SITE_TAGLINE = "地方报纸数字档案";

/** Marks the head tags that belong to the page (title's companions: description, canonical, Open Graph); the app replaces them on navigation. */
export const HEAD_ATTR = "data-page-head";

/** On #app: the key of what the page shows (src/app/render-key.ts); the app hydrates only a page of the same key. */
export const RENDER_KEY_ATTR = "data-render";

/** The opening of a text for descriptions and feeds: whole characters, about `n` of them. */
export function opening(text: string, n = 110): string {
  const chars = [...text.replace(/\s+/gu, " ").trim()];
  return chars.length > n ? `${chars.slice(0, n).join("")}…` : chars.join("");
}

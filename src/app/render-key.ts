/**
 * What a prerendered page shows, as a key: the routes it matched, how each
 * ended, their params, and whether the URL carried state of its own (?q=, ?tags=, ?hl=).
 * The build stamps it on the page; the app hydrates the page only when it has
 * loaded the same key, so the markup is the same, and renders afresh otherwise
 * (a search URL on the search page, a path served 404.html, the offline shell).
 */
import type { AnyRouter } from "@tanstack/react-router";

export { RENDER_KEY_ATTR } from "../shared/page-meta";

/** The URL's search changes what a route renders: its validated value differs from an empty search's. */
function searchState(router: AnyRouter): boolean {
  const raw = router.state.location.search as Record<string, unknown>;
  return router.state.matches.some((m) => {
    const validate = router.routesById[m.routeId]?.options.validateSearch;
    return typeof validate === "function" && JSON.stringify(validate(raw)) !== JSON.stringify(validate({}));
  });
}

export function renderKey(router: AnyRouter): string {
  const routes = router.state.matches.map((m) => `${m.routeId}:${m._notFound ? "notFound" : m.status}`).join(" ");
  // The params too: a host may serve a page's file at another URL (`宋磊%2F` decoded to `宋磊/`).
  const params = router.state.matches.at(-1)?.params ?? {};
  const key = Object.keys(params).length ? `${routes} ${JSON.stringify(params)}` : routes;
  return searchState(router) ? `${key} ?` : key;
}

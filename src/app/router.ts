import { createRouter, createMemoryHistory } from "@tanstack/react-router";
import { routeTree } from "../routeTree.gen";

/**
 * Pages are files `<path>/index.html`, so a static host answers `/issues/x/`
 * itself; `/issues/x` (hosts that redirect or rewrite it), `/issues/x/index.html`
 * and `/issues/x.html` (links from older builds) are the same page to the router,
 * which sees every path without the trailing slash. Hosts serve `issues//x/` as
 * `issues/x/`: so does the router, or the page would turn into the not-found page
 * once the app takes over.
 */
export function pagePath(pathname: string): string {
  const path = pathname
    .replace(/\/{2,}/gu, "/")
    .replace(/\/index\.html$/u, "/")
    .replace(/\.html$/u, "");
  return path.length > 1 ? path.replace(/\/+$/u, "") || "/" : path;
}

export function createAppRouter(options: { initialPath?: string; server?: boolean } = {}) {
  return createRouter({
    routeTree,
    basepath: import.meta.env.BASE_URL,
    rewrite: {
      input: ({ url }) => {
        const path = pagePath(url.pathname);
        if (path === url.pathname) return undefined;
        url.pathname = path;
        return url;
      },
      // Links and the address bar use the canonical form, with the slash of the page's folder.
      output: ({ url }) => {
        if (url.pathname.endsWith("/")) return undefined;
        url.pathname += "/";
        return url;
      },
    },
    // At build time there is no window to restore scrolling in.
    scrollRestoration: !options.server,
    defaultPreload: "intent",
    ...(options.initialPath ? { history: createMemoryHistory({ initialEntries: [options.initialPath] }) } : {}),
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

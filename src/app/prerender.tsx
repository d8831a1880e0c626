/**
 * The build's entry into the app (Vite bundles it for Node): one page rendered
 * to HTML by the app's own routes and components, with its head and the key
 * the browser checks before it hydrates. Data comes through `setFetcher`.
 */
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { RouterProvider } from "@tanstack/react-router";
import { createAppRouter } from "./router";
import { documentHead, isNotFound, type DocumentHead } from "./document-head";
import { renderKey } from "./render-key";

export { setFetcher } from "./data";

export interface Prerendered {
  html: string;
  head: DocumentHead;
  key: string;
  notFound: boolean;
  /** A route that failed to load its data (the page would show an error). */
  error?: string;
}

/** Render the page at `path` (under the base, in the router's canonical form: `issues/x/`, `search/?q=`). */
export async function prerender(path: string): Promise<Prerendered> {
  const router = createAppRouter({ initialPath: `${import.meta.env.BASE_URL}${path}`, server: true });
  await router.load();
  // On the server the router answers a path in another form with a redirect, and renders nothing.
  if (!router.state.matches.length)
    return { html: "", head: { title: "", tags: [] }, key: "", notFound: false, error: "not the canonical form of its URL" };
  const failed = router.state.matches.find((m) => m.status === "error");
  const html = renderToString(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  return {
    html,
    head: documentHead(router),
    key: renderKey(router),
    notFound: isNotFound(router),
    error: failed ? String((failed.error as Error)?.message ?? failed.error) : undefined,
  };
}

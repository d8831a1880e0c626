/**
 * The app's own renderer at build time: Vite bundles `src/app/prerender.tsx`
 * for Node (React and the router stay in node_modules), the build imports it
 * and renders each page with its data read from the site just written.
 */
import { build, type ResolvedConfig } from "vite";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { SiteUrls } from "./html";

/** What the app's prerender entry returns (src/app/prerender.tsx). */
export interface Prerendered {
  html: string;
  head: { title: string; tags: { tag: "meta" | "link"; key: string; attrs: Record<string, string> }[] };
  key: string;
  notFound: boolean;
  error?: string;
}

export interface Renderer {
  /** Render the page at `path` under the base (`issues/x/`). */
  render(path: string): Promise<Prerendered>;
  close(): void;
}

const ENTRY = "src/app/prerender.tsx";

/** Data files from `dist` as the browser would get them: JSON with its type, anything missing a 404. */
function readFromSite(dist: string, site: SiteUrls) {
  return async (url: string): Promise<Response> => {
    const path = decodeURIComponent(url.startsWith(site.base) ? url.slice(site.base.length) : url.replace(/^\/+/u, ""));
    const file = resolve(dist, path);
    if (!file.startsWith(dist + sep)) return new Response("outside the site", { status: 404 });
    try {
      const body = await readFile(file);
      const type = file.endsWith(".json") ? "application/json; charset=utf-8" : "application/octet-stream";
      return new Response(body, { headers: { "Content-Type": type } });
    } catch {
      return new Response("not found", { status: 404 });
    }
  };
}

/**
 * Bundle the entry with the site's own Vite config (the same plugins, so routes
 * split into the same chunks and render the same tree as in the browser).
 */
export async function loadRenderer(config: ResolvedConfig, dist: string, site: SiteUrls): Promise<Renderer> {
  // Inside node_modules, so the bundle's imports of React and the router resolve to the project's.
  const cache = join(config.root, "node_modules", ".kanbao");
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, "prerender-"));
  // The site's own build has already said what it had to say about loading the config.
  const quiet = process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING;
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = "true";
  await build({
    configFile: config.configFile ?? false,
    root: config.root,
    base: site.base,
    mode: config.mode,
    logLevel: "warn",
    publicDir: false,
    build: {
      ssr: ENTRY,
      outDir: out,
      emptyOutDir: true,
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rollupOptions: { output: { entryFileNames: "prerender.mjs" } },
    },
  }).finally(() => {
    if (quiet === undefined) delete process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING;
    else process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = quiet;
  });
  const mod = (await import(pathToFileURL(join(out, "prerender.mjs")).href)) as {
    prerender: (path: string) => Promise<Prerendered>;
    setFetcher: (f: (url: string) => Promise<Response>) => void;
  };
  mod.setFetcher(readFromSite(resolve(dist), site));
  return { render: (path) => mod.prerender(path), close: () => rmSync(out, { recursive: true, force: true }) };
}

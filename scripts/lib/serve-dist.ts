import { preview, type PreviewServer } from "vite";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");

/** Serve dist/ (the production build) on a free local port. */
export async function serveDist(): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(join(ROOT, "dist", "index.html"))) throw new Error("dist/ has no build: run `npm run build` first");
  // The project's own config: clean URLs to prerendered pages, 404.html for the rest, the base path.
  const server = await preview({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    preview: { port: 0, host: "127.0.0.1", strictPort: false },
    logLevel: "silent",
  });
  return { server, url: server.resolvedUrls!.local[0] };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Serve a built site in `dir` as plain static files on a free local port (benchmarks that build their own sites). */
export async function serveSite(dir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: ROOT,
    configFile: false,
    build: { outDir: dir },
    preview: { port: 0, host: "127.0.0.1" },
    logLevel: "silent",
  });
  return { server, url: server.resolvedUrls!.local[0] };
}

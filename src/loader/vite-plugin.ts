/**
 * Vite plugin: runs the loader at build start and emits the data files into
 * the site; in dev it serves them from memory. Node only.
 */
import type { Plugin, PreviewServer, ResolvedConfig, ViteDevServer } from "vite";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeSite } from "./site/site-files";
import { redirectFiles } from "./site/redirects";
import { loadRenderer } from "./site/prerender";
import { shareImage } from "./site/share-image";
import { siteUrls, siteUrlWarning } from "./site/html";
import { buildContent, dataFiles, summary, type ContentBuild } from "./build";
import { contentRoot } from "./content";

export interface KanbaoOptions {
  /** Content folder; default `KANBAO_CONTENT` or `content/`. */
  root?: string;
  /** Fail the build on any bad input file (`KANBAO_STRICT=1`). */
  strict?: boolean;
}

export function kanbaoContent(options: KanbaoOptions = {}): Plugin {
  const root = resolve(options.root ?? contentRoot());
  const strict = options.strict ?? process.env.KANBAO_STRICT === "1";
  let build: ContentBuild | null = null;
  let files = new Map<string, string | Uint8Array>();
  let config: ResolvedConfig;
  // The build of the app's prerender entry for Node uses this config too: there the plugin only defines.
  let ssr = false;
  const run = () => {
    build = buildContent(root);
    files = dataFiles(build);
    console.log(summary(build));
    return build;
  };
  return {
    name: "kanbao-content",
    // Canonical URLs in the app are those of the prerendered pages: the same origin.
    config(_c, env) {
      const origin = env.command === "build" || process.env.KANBAO_SITE_URL ? siteUrls().origin : undefined;
      return origin ? { define: { "import.meta.env.KANBAO_SITE_URL": JSON.stringify(origin) } } : {};
    },
    configResolved(c) {
      config = c;
      ssr = !!c.build.ssr;
    },
    buildStart() {
      if (ssr) return;
      const warning = config.command === "build" ? siteUrlWarning() : null;
      if (warning) config.logger.warn(warning);
      this.addWatchFile(root);
      const b = run();
      if (strict && b.problems.length) this.error(`--strict: ${b.problems.length} problem(s) in ${root}`);
    },
    generateBundle() {
      if (ssr) return;
      for (const [fileName, source] of files) this.emitFile({ type: "asset", fileName, source });
    },
    // Once Vite has written index.html and the data (and before the service worker lists the app shell):
    // a page per route rendered by the app itself, 404.html, the app shell, feeds, sitemap.
    writeBundle: {
      sequential: true,
      async handler() {
        if (!build) return;
        const content = build;
        const out = resolve(config.root, config.build.outDir);
        const site = siteUrls();
        const renderer = await loadRenderer(config, out, site);
        try {
          const r = await writeSite(content, out, site, renderer, shareImage(site), (fileOf) => redirectFiles(site, content, fileOf));
          console.log(
            `kanbao: ${r.pages} pages rendered by the app in ${r.seconds.toFixed(1)} s, 404.html, the app shell and ${r.files - 2} feeds, sitemaps and robots.txt written`,
          );
          if (r.skippedTags.length)
            console.log(`kanbao: ${r.skippedTags.length} tag(s) with names no folder can have get no page of their own`);
          for (const p of r.problems) console.log(`  ✗ ${p}`);
          if (strict && r.problems.length) this.error(`--strict: ${r.problems.length} problem(s) with the pages`);
        } finally {
          renderer.close();
        }
      },
    },
    // As static hosts do: a folder's index.html for its path with or without the slash
    // (nginx's try_files $uri $uri/), and 404.html with status 404 for paths with no file.
    configurePreviewServer(server: PreviewServer) {
      return () => {
        const dist = resolve(server.config.root, server.config.build.outDir);
        const page = join(dist, "404.html");
        const base = server.config.base;
        // Runs after Vite has served files and rewritten `x/` to `x/index.html`.
        server.middlewares.use((req, res, next) => {
          if ((req.method !== "GET" && req.method !== "HEAD") || !existsSync(page)) return next();
          const [pathPart, query] = (req.url ?? "/").split(/\?(.*)/su);
          let path: string;
          try {
            path = decodeURIComponent(pathPart.split("#")[0]);
          } catch {
            path = "/404";
          }
          const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//u, "");
          const file = join(dist, rel || "index.html");
          if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) return next();
          const index = join(file, "index.html");
          if (file.startsWith(dist) && existsSync(index)) {
            req.url = `${pathPart.replace(/\/?$/u, "/")}index.html${query ? `?${query}` : ""}`;
            return next();
          }
          res.statusCode = 404;
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.end(req.method === "HEAD" ? undefined : readFileSync(page));
        });
      };
    },
    configureServer(server: ViteDevServer) {
      run();
      server.watcher.add(root);
      server.watcher.on("all", (_e, path) => {
        if (resolve(path).startsWith(root)) run();
      });
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? "").split("?")[0]).slice(base.length);
        const body = files.get(path);
        if (body === undefined) return next();
        res.setHeader("Content-Type", typeof body === "string" ? "application/json; charset=utf-8" : "application/octet-stream");
        res.end(body);
      });
    },
  };
}

/**
 * Vite plugin: runs the loader at build start and emits the data files into
 * the site; in dev it serves them from memory. Node only.
 */
import type { Plugin, PreviewServer, ResolvedConfig, ViteDevServer } from "vite";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { siteFiles } from "./site/site-files";
import { siteUrls } from "./site/html";
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
  const run = () => {
    build = buildContent(root);
    files = dataFiles(build);
    console.log(summary(build));
    return build;
  };
  return {
    name: "kanbao-content",
    configResolved(c) {
      config = c;
    },
    buildStart() {
      this.addWatchFile(root);
      const b = run();
      if (strict && b.problems.length) this.error(`--strict: ${b.problems.length} problem(s) in ${root}`);
    },
    generateBundle() {
      for (const [fileName, source] of files) this.emitFile({ type: "asset", fileName, source });
    },
    // Once Vite has written index.html (and before the service worker lists the app shell):
    // a page per issue and article, 404.html, the app shell, feeds, sitemap.
    writeBundle() {
      if (!build) return;
      const out = resolve(config.root, config.build.outDir);
      const template = readFileSync(join(out, "index.html"), "utf8");
      const pages = siteFiles(build, template, siteUrls());
      for (const [path, body] of pages) {
        mkdirSync(dirname(join(out, path)), { recursive: true });
        writeFileSync(join(out, path), body);
      }
      const html = [...pages.keys()].filter((p) => p.endsWith(".html")).length;
      console.log(`kanbao: ${html} HTML pages and ${pages.size - html} feeds, sitemaps and robots.txt written`);
    },
    // Serve 404.html with status 404 for paths with no file, as static hosts do.
    configurePreviewServer(server: PreviewServer) {
      return () => {
        const dist = resolve(server.config.root, server.config.build.outDir);
        const page = join(dist, "404.html");
        const base = server.config.base;
        // Runs after Vite has rewritten clean URLs to their .html files: a path with no file is a 404.
        server.middlewares.use((req, res, next) => {
          if (req.method !== "GET" || !existsSync(page)) return next();
          let path: string;
          try {
            path = decodeURIComponent((req.url ?? "/").split(/[?#]/)[0]);
          } catch {
            path = "/404";
          }
          const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, "");
          const file = join(dist, rel || "index.html");
          if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) return next();
          res.statusCode = 404;
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.end(readFileSync(page));
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

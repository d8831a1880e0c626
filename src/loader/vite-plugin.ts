/**
 * Vite plugin: runs the loader at build start and emits the data files into
 * the site; in dev it serves them from memory. Node only.
 */
import type { Plugin, ViteDevServer } from "vite";
import { resolve } from "node:path";
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
  const run = () => {
    build = buildContent(root);
    files = dataFiles(build);
    console.log(summary(build));
    return build;
  };
  return {
    name: "kanbao-content",
    buildStart() {
      this.addWatchFile(root);
      const b = run();
      if (strict && b.problems.length) this.error(`--strict: ${b.problems.length} problem(s) in ${root}`);
    },
    generateBundle() {
      for (const [fileName, source] of files) this.emitFile({ type: "asset", fileName, source });
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

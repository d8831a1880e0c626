import { defineConfig, type Plugin } from "vite";
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import { VitePWA } from "vite-plugin-pwa";
import { tsImport } from "tsx/esm/api";

// The loader is imported when the config runs, through tsx, not bundled with the config: it is
// Node code written for tsx and tsc (imports without extensions), outside the config's own graph.
const loader = (path: string) => tsImport(path, import.meta.url);
const { kanbaoContent } = (await loader("./src/loader/vite-plugin.ts")) as typeof import("./src/loader/vite-plugin");
const { siteUrls } = (await loader("./src/loader/site/html.ts")) as typeof import("./src/loader/site/html");
const { scriptPriority } = (await loader("./src/loader/site/script-priority.ts")) as typeof import("./src/loader/site/script-priority");

// KANBAO_BASE serves the site under a sub-path, e.g. /archive/ (normalised like the prerendered pages').
const base = siteUrls().base;

/** The size of every file under `dir`. */
function sizes(dir: string): number[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sizes(join(dir, e.name)) : [statSync(join(dir, e.name)).size],
  );
}

/**
 * The build's last line: what was written where, and how long it took. Vite's own report
 * (a line per file: thousands for an archive) is left out of `vite build`; `--logLevel info` brings it back.
 */
function buildSummary(): Plugin {
  const t0 = performance.now();
  let outDir = "dist";
  let inner = false;
  return {
    name: "kanbao-build-summary",
    apply: "build",
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
      // The prerenderer's own build of the app for Node is part of this one: no line of its own.
      inner = !!c.build.ssr;
    },
    closeBundle: {
      order: "post",
      sequential: true,
      handler() {
        if (inner) return;
        const files = sizes(outDir);
        const mb = files.reduce((a, b) => a + b, 0) / 1e6;
        const where = relative(process.cwd(), outDir) || ".";
        console.log(
          `kanbao: ${files.length} files (${mb.toFixed(1)} MB) in ${where}/, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}

/** The service worker is built by a second, inner Vite build: as quiet as the outer one, with current options. */
const quietWorkerBuild = (logLevel: "warn" | "info"): Plugin => ({
  name: "kanbao-quiet-sw-build",
  config(c) {
    const output = c.build?.rollupOptions?.output;
    if (output && !Array.isArray(output) && output.inlineDynamicImports) {
      delete output.inlineDynamicImports;
      (output as { codeSplitting?: boolean }).codeSplitting = false;
    }
    return { logLevel, build: { rolldownOptions: { checks: { pluginTimings: false } } } };
  },
});

export default defineConfig(({ command, isPreview }) => {
  // `vite build` prints the loader's summary, the pages written and one closing line; warnings still show.
  const logLevel = command === "build" && !isPreview ? "warn" : "info";
  return {
    base,
    logLevel,
    // Built and previewed, every page is its own prerendered HTML file and unknown
    // paths get 404.html; the dev server has no prerendered pages, so it falls back to the app.
    appType: command === "build" || isPreview ? "mpa" : "spa",
    plugins: [
      tanstackRouter({ target: "react", autoCodeSplitting: true }),
      react(),
      tailwindcss(),
      kanbaoContent(),
      scriptPriority(),
      buildSummary(),
      VitePWA({
        strategies: "injectManifest",
        srcDir: "src",
        filename: "sw.ts",
        injectRegister: false,
        registerType: "prompt",
        // The app shell only: data and pages are kept as they are read (src/sw.ts).
        injectManifest: {
          globPatterns: ["assets/**/*.{js,css}", "favicon.svg", "app-shell.html"],
          globIgnores: ["**/search-worker-*.js"],
          buildPlugins: { vite: [quietWorkerBuild(logLevel)] },
        },
        manifest: {
          name: "看报 · 地方报纸数字档案",
          short_name: "看报",
          lang: "zh-CN",
          start_url: base,
          scope: base,
          display: "standalone",
          background_color: "#fbfaf7",
          theme_color: "#9f1d20",
          icons: [{ src: "favicon.svg", sizes: "any", type: "image/svg+xml" }],
        },
      }),
    ],
    // A slow machine is not a problem of the build: no plugin timing report.
    build: { target: "es2022", rolldownOptions: { checks: { pluginTimings: false } } },
  };
});

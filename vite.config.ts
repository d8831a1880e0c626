import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import { VitePWA } from "vite-plugin-pwa";
import { kanbaoContent } from "./src/loader/vite-plugin";
import { siteUrls } from "./src/loader/site/html";

// KANBAO_BASE serves the site under a sub-path, e.g. /archive/ (normalised like the prerendered pages').
const base = siteUrls().base;

export default defineConfig(({ command, isPreview }) => ({
  base,
  // Built and previewed, every page is its own prerendered HTML file and unknown
  // paths get 404.html; the dev server has no prerendered pages, so it falls back to the app.
  appType: command === "build" || isPreview ? "mpa" : "spa",
  plugins: [
    tanstackRouter({ target: "react", autoCodeSplitting: true }),
    react(),
    tailwindcss(),
    kanbaoContent(),
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src",
      filename: "sw.ts",
      injectRegister: false,
      registerType: "prompt",
      // The app shell only: data and pages are kept as they are read (src/sw.ts).
      injectManifest: { globPatterns: ["assets/**/*.{js,css}", "favicon.svg", "app-shell.html"], globIgnores: ["**/search-worker-*.js"] },
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
  build: { target: "es2022" },
}));

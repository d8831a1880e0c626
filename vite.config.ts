import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import { kanbaoContent } from "./src/loader/vite-plugin";

// KANBAO_BASE serves the site under a sub-path, e.g. /archive/.
const base = process.env.KANBAO_BASE ?? "/";

export default defineConfig({
  base,
  plugins: [tanstackRouter({ target: "react", autoCodeSplitting: true }), react(), tailwindcss(), kanbaoContent()],
  build: { target: "es2022" },
});

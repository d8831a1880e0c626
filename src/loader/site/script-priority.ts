/**
 * The app's scripts are fetched once the prerendered page has painted. Every page's text is in its
 * HTML; the ~140 KB of scripts that make it live (the entry and its modulepreloads) would otherwise
 * share a slow phone's first round trips with the document and the stylesheet, and Lighthouse's
 * simulated mobile load counts every byte fetched before the first paint as delaying it.
 * Node only (a Vite plugin).
 */
import type { Plugin } from "vite";

const ENTRY = /[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\n?/u;
const PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/gu;

/**
 * index.html with its entry script and modulepreloads replaced by an inline module that adds them
 * after the first frame (rAF, then a task: past the paint); at once in a tab that is not painting
 * (a background tab gets no frames), or that stops painting before its first frame.
 * Unchanged when Vite wrote no entry tag.
 */
export function scriptsAfterPaint(html: string): string {
  const entry = ENTRY.exec(html)?.[1];
  if (!entry) return html;
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]);
  const load =
    `let done=0;const go=()=>{if(done++)return;` +
    `for(const h of ${JSON.stringify(preloads)}){const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=h;document.head.append(l)}` +
    `import(${JSON.stringify(entry)})};` +
    `if(document.visibilityState==="visible"){requestAnimationFrame(()=>setTimeout(go));document.addEventListener("visibilitychange",go)}else go()`;
  return html.replace(PRELOAD, "").replace(ENTRY, `    <script type="module">${load}</script>\n`);
}

/** Applies {@link scriptsAfterPaint} to index.html once Vite has injected its tags. */
export function scriptPriority(): Plugin {
  return {
    name: "kanbao-script-priority",
    apply: "build",
    transformIndexHtml: { order: "post", handler: scriptsAfterPaint },
  };
}

/** @vitest-environment jsdom */
import { describe, expect, it, vi } from "vitest";
import { scriptsAfterPaint } from "../../src/loader/site/script-priority";

// index.html's head as Vite writes it.
const VITE_HEAD = `<head>
    <title>看报</title>
    <script type="module" crossorigin src="/assets/index-A1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/runtime-B2.js">
    <link rel="modulepreload" crossorigin href="/assets/router-C3.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D4.css">
  </head>`;

/** Runs the page's inline loader with `import()` replaced by a spy; returns the spy and the frame queue. */
function runLoader(html: string, visibility: "visible" | "hidden") {
  const code = /<script type="module">(.*?)<\/script>/su.exec(html)![1];
  const load = vi.fn();
  const frames: (() => void)[] = [];
  document.head.innerHTML = "";
  Object.defineProperty(document, "visibilityState", { value: visibility, configurable: true });
  new Function("import_", "requestAnimationFrame", code.replace(/\bimport\(/gu, "import_("))(load, (f: () => void) => frames.push(f));
  return { load, frames };
}

const preloads = () => [...document.head.querySelectorAll("link[rel=modulepreload]")].map((l) => l.getAttribute("href"));

describe("scripts after the first paint", () => {
  it("the page holds no script or preload the browser would fetch before painting; the stylesheet stays", () => {
    const html = scriptsAfterPaint(VITE_HEAD);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/u);
    expect(html).not.toContain('<link rel="modulepreload"');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-D4.css">');
    expect(html).toContain("<title>看报</title>");
  });

  it("in a painting tab the entry and its preloads are fetched once, after the first frame", async () => {
    vi.useFakeTimers();
    try {
      const { load, frames } = runLoader(scriptsAfterPaint(VITE_HEAD), "visible");
      expect(load).not.toHaveBeenCalled();
      frames.forEach((f) => f());
      expect(load).not.toHaveBeenCalled(); // the frame's own task paints first
      await vi.runAllTimersAsync();
      document.dispatchEvent(new Event("visibilitychange"));
      expect(load.mock.calls).toEqual([["/assets/index-A1.js"]]);
      expect(preloads()).toEqual(["/assets/runtime-B2.js", "/assets/router-C3.js"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a background tab, which gets no frames, fetches them at once; so does a tab hidden before its first frame", () => {
    const hidden = runLoader(scriptsAfterPaint(VITE_HEAD), "hidden");
    expect(hidden.load.mock.calls).toEqual([["/assets/index-A1.js"]]);
    const hiding = runLoader(scriptsAfterPaint(VITE_HEAD), "visible");
    document.dispatchEvent(new Event("visibilitychange"));
    expect(hiding.load).toHaveBeenCalledOnce();
    expect(preloads()).toHaveLength(2);
  });

  it("a page without Vite's entry tag is left as it is", () => {
    expect(scriptsAfterPaint("<head><title>x</title></head>")).toBe("<head><title>x</title></head>");
  });
});

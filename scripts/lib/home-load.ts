/**
 * The home page's first load in Chromium, as a phone on a slow CPU sees it: a
 * fresh context (no cache, no service worker), 360 px wide, the CPU slowed 4×
 * through CDP (Emulation.setCPUThrottlingRate). Bytes are the gzip size of every
 * response the page loads until the network is idle; time to interactive is when
 * the app has taken over from the prerendered page and no long task is left.
 */
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export interface HomeLoad {
  /** gzip KB of everything loaded, and per resource type. */
  kb: number;
  byType: Record<string, number>;
  requests: number;
  /** ms from navigation start until the app took over. */
  appMs: number;
  /** ms until the app took over and the last long task before the network fell idle ended. */
  ttiMs: number;
}

// In the page, before anything runs: when #prerender goes, and every long task.
const PROBE = `(() => {
  const w = window;
  w.__kanbao = { app: 0, long: [] };
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__kanbao.long.push(e.startTime + e.duration))).observe({ type: "longtask", buffered: true });
  const check = () => {
    const app = document.getElementById("app");
    if (!w.__kanbao.app && app && !app.hidden && !document.getElementById("prerender")) w.__kanbao.app = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

export async function measureHome(browser: Browser, url: string, cpuSlowdown = 4): Promise<HomeLoad> {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.addInitScript(PROBE);
    const sizes: Promise<[string, number]>[] = [];
    page.on("response", (r) => {
      if (r.status() !== 200) return;
      const type = r.request().resourceType();
      sizes.push(
        r.body().then(
          (b) => [type, gzipSync(b, { level: 9 }).length] as [string, number],
          () => [type, 0] as [string, number],
        ),
      );
    });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => (window as unknown as { __kanbao: { app: number } }).__kanbao.app > 0, undefined, { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const { app, long } = await page.evaluate(() => (window as unknown as { __kanbao: { app: number; long: number[] } }).__kanbao);
    const all = await Promise.all(sizes);
    const byType: Record<string, number> = {};
    for (const [t, n] of all) byType[t] = (byType[t] ?? 0) + n / 1024;
    return {
      kb: all.reduce((s, [, n]) => s + n, 0) / 1024,
      byType,
      requests: all.length,
      appMs: app,
      ttiMs: Math.max(app, ...long),
    };
  } finally {
    await context.close();
  }
}

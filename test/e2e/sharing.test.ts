import { describe, expect, it } from "vitest";
import { build as viteBuild, preview } from "vite";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { openPage, useSite, watchErrors, ROOT, appReady } from "./browser";

const ARTICLE = "issues/000_7377606bfa394453/th6pfp";
const JSQR = join(ROOT, "node_modules", "jsqr", "dist", "jsQR.js");
const site = useSite();

const open = (path: string, options: { javaScriptEnabled?: boolean } = {}) => openPage(site, path, options);

describe("every article is a real page", () => {
  it("without JavaScript: title, text and Open Graph tags are in the HTML", async () => {
    const { page } = await open(ARTICLE, { javaScriptEnabled: false });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("市领导来我区调研");
    expect(await page.getByText("本报讯 7月26日，副市长左文来我区调研。", { exact: false }).count()).toBe(1);
    const og = async (p: string) => page.locator(`meta[property="${p}"]`).getAttribute("content");
    expect(await og("og:title")).toBe("市领导来我区调研 · 市中区报");
    expect(await og("og:type")).toBe("article");
    expect(await og("og:url")).toMatch(/^https?:\/\/[^/]+\/issues\/000_7377606bfa394453\/th6pfp$/);
    expect(await og("og:description")).toMatch(/^本报讯 7月26日，副市长左文来我区调研/);
    expect(await og("article:published_time")).toBe("2022-07");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(await og("og:url"));
    expect(await page.title()).toBe("市领导来我区调研 · 市中区报");
    await page.context().close();
  });

  it("with JavaScript the app takes over: the same article, no console error, no prerendered copy left", async () => {
    const { page, errors } = await open(ARTICLE);
    await page.waitForFunction(() => !document.getElementById("prerender") && !document.getElementById("app")!.hidden);
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("市领导来我区调研");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("an unknown path is served 404.html with status 404", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto(new URL("no/such/page", site.url).href);
    expect(res!.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("找不到这个页面");
    await context.close();
  });
});

describe("share", () => {
  it("copy link and the QR code hold the article URL", async () => {
    const { page } = await open(ARTICLE);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site.url).origin });
    await page.getByRole("button", { name: "复制链接" }).click();
    await page.getByText("链接已复制").waitFor();
    const articleUrl = new URL(ARTICLE, site.url).href;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(articleUrl);
    await page.getByRole("button", { name: "二维码" }).click();
    const svg = page.getByRole("img", { name: /本文链接的二维码/ });
    await svg.waitFor();
    await page.addScriptTag({ path: JSQR });
    const decoded = await page.evaluate(async () => {
      const el = document.querySelector("svg[data-qr-text]")!;
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(el))}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = c.height = 400;
      const g = c.getContext("2d")!;
      g.drawImage(img, 0, 0, 400, 400);
      const d = g.getImageData(0, 0, 400, 400);
      return (window as unknown as { jsQR: (a: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR(d.data, 400, 400)
        ?.data;
    });
    expect(decoded).toBe(articleUrl);
    await page.context().close();
  });

  it("#p3 scrolls to the third paragraph and marks it", async () => {
    const { page } = await open(`${ARTICLE}#p3`);
    await page.waitForFunction(() => !document.getElementById("prerender"));
    const p3 = page.locator("#p3");
    await expect.poll(() => p3.evaluate((el) => el.classList.contains("marked"))).toBe(true);
    const top = await p3.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-2);
    expect(top).toBeLessThan(120);
    await page.context().close();
  });
});

describe("reach", () => {
  it("the feeds and the sitemap parse and list the articles", async () => {
    const { page } = await open("");
    const parse = (path: string) =>
      page.evaluate(async (p) => {
        const text = await (await fetch(p)).text();
        const doc = new DOMParser().parseFromString(text, "application/xml");
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          links: [...doc.querySelectorAll("entry > link, url > loc")].map((n) => n.getAttribute("href") ?? n.textContent),
        };
      }, new URL(path, site.url).href);
    const feed = await parse("feed.xml");
    expect(feed.error).toBeNull();
    expect(feed.links).toHaveLength(19);
    expect(feed.links[0]).toMatch(/\/issues\/000_7377606bfa394453\/[a-z0-9]+$/);
    const map = await parse("sitemap.xml");
    expect(map.error).toBeNull();
    expect(map.links).toEqual(expect.arrayContaining(feed.links));
    expect(map.links).toHaveLength(1 + 2 + 19);
    // The publication's own feed, as an article page announces it.
    await page.goto(new URL(ARTICLE, site.url).href);
    const announced = await page
      .locator('link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((ls) => ls.map((l) => [l.getAttribute("title"), l.getAttribute("href")]));
    expect(announced.map(([t]) => t)).toEqual(["看报 · 最新文章", "市中区报 · 看报"]);
    const pubFeed = await parse(new URL(announced[1][1]!).pathname);
    expect(pubFeed.error).toBeNull();
    expect(pubFeed.links).toHaveLength(9);
    expect(feed.links).toEqual(expect.arrayContaining(pubFeed.links));
    expect(await page.evaluate(async (u) => (await fetch(u)).text(), new URL("robots.txt", site.url).href)).toContain("Sitemap: ");
    await page.context().close();
  });

  it("an article once read reloads offline", async () => {
    const { page } = await open(ARTICLE);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    // The worker keeps what the page loaded before it took over.
    await expect
      .poll(
        () =>
          page.evaluate(
            async () => (await caches.keys()).includes("kanbao-data") && (await (await caches.open("kanbao-data")).keys()).length > 0,
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.context().setOffline(true);
    await page.reload();
    await appReady(page);
    await page.getByRole("heading", { level: 1, name: "市领导来我区调研" }).waitFor();
    expect(await page.getByText("本报讯 7月26日，副市长左文来我区调研。", { exact: false }).count()).toBe(1);
    await page.context().close();
  });
});

describe("under a sub-path", () => {
  it("builds and works at /archive/: pages, links, data and search", async () => {
    const out = mkdtempSync(join(tmpdir(), "kanbao-base-"));
    process.env.KANBAO_BASE = "/archive/";
    try {
      await viteBuild({
        root: ROOT,
        configFile: join(ROOT, "vite.config.ts"),
        build: { outDir: out, emptyOutDir: true },
        logLevel: "error",
      });
    } finally {
      delete process.env.KANBAO_BASE;
    }
    const sub = await preview({
      root: ROOT,
      configFile: join(ROOT, "vite.config.ts"),
      base: "/archive/",
      build: { outDir: out },
      preview: { port: 0, host: "127.0.0.1" },
      logLevel: "silent",
    });
    const base = sub.resolvedUrls!.local[0];
    try {
      expect(base).toMatch(/\/archive\/$/);
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(base);
      await page.getByRole("link", { name: "市领导来我区调研" }).click();
      await page.getByRole("heading", { level: 1, name: "市领导来我区调研" }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/archive\/issues\/000_7377606bfa394453\/[a-z0-9]+$/);
      await page.reload();
      await appReady(page);
      await page.getByRole("heading", { level: 1, name: "市领导来我区调研" }).waitFor();
      await page.getByRole("searchbox", { name: "搜索全文" }).fill("锂电");
      await page.getByText("共 3 篇").waitFor();
      expect(new URL(page.url()).pathname).toBe("/archive/search");
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await sub.close();
    }
  });
});

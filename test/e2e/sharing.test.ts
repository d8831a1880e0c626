import { describe, expect, it } from "vitest";
import { build as viteBuild, createLogger, preview } from "vite";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { AxeBuilder } from "@axe-core/playwright";
import { openPage, useSite, watchErrors, ROOT, appReady } from "./browser";

const ARTICLE = "issues/000_7377606bfa394453/th6pfp";
const JSQR = join(ROOT, "node_modules", "jsqr", "dist", "jsQR.js");
const site = useSite();

const open = (path: string, options: { javaScriptEnabled?: boolean } = {}) => openPage(site, path, options);

describe("every article is a real page", () => {
  it("without JavaScript: title, text and Open Graph tags are in the HTML; the canonical URL has the folder's slash", async () => {
    const { page } = await open(ARTICLE, { javaScriptEnabled: false });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("市领导来我区调研");
    expect(await page.getByText("本报讯 7月26日，副市长左文来我区调研。", { exact: false }).count()).toBe(1);
    const og = async (p: string) => page.locator(`meta[property="${p}"]`).getAttribute("content");
    expect(await og("og:title")).toBe("市领导来我区调研 · 市中区报");
    expect(await og("og:type")).toBe("article");
    expect(await og("og:url")).toMatch(/^https?:\/\/[^/]+\/issues\/000_7377606bfa394453\/th6pfp\/$/);
    expect(await og("og:description")).toMatch(/^本报讯 7月26日，副市长左文来我区调研/);
    expect(await og("article:published_time")).toBe("2022-07");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(await og("og:url"));
    expect(await page.title()).toBe("市领导来我区调研 · 市中区报");
    expect(await page.locator('meta[name="description"]').count()).toBe(1);
    await page.context().close();
  });

  it("without JavaScript the search box still searches: it opens the search page with the query", async () => {
    const { page } = await open(ARTICLE, { javaScriptEnabled: false });
    await page.getByRole("searchbox", { name: "搜索全文" }).fill("卫生城市");
    await page.getByRole("button", { name: "搜索" }).click();
    await page.waitForURL((u) => u.pathname === "/search/");
    expect(new URL(page.url()).searchParams.get("q")).toBe("卫生城市");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("搜索");
    await page.context().close();
  });

  it("link previews get a share image: a 1200×630 PNG the browser decodes", async () => {
    const { page } = await open(ARTICLE, { javaScriptEnabled: false });
    const og = async (p: string) => page.locator(`meta[property="${p}"]`).getAttribute("content");
    const image = new URL((await og("og:image"))!);
    expect(image.pathname).toBe("/share.png");
    expect([await og("og:image:type"), await og("og:image:width"), await og("og:image:height")]).toEqual(["image/png", "1200", "630"]);
    const res = await page.goto(new URL(image.pathname, site.url).href);
    expect(res!.headers()["content-type"]).toMatch(/^image\/png/);
    await page.context().close();
    const { page: live } = await open("");
    const size = await live.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, image.pathname);
    expect(size).toEqual([1200, 630]);
    await live.context().close();
  });

  it("with JavaScript the app hydrates the page it was given: the same nodes, no console error", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Keep the prerendered heading before any script runs: hydration keeps it, a fresh render replaces it.
    await page.addInitScript(() => {
      // A reader who chose large type and the dark theme: the page shows them before the app runs.
      localStorage.setItem("kanbao:settings", JSON.stringify({ fontSize: "l", theme: "dark" }));
      document.addEventListener("DOMContentLoaded", () => {
        (window as unknown as { first: Element | null }).first = document.querySelector("h1");
      });
    });
    await page.goto(new URL(ARTICLE, site.url).href);
    await appReady(page);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("市领导来我区调研");
    expect(await page.evaluate(() => (window as unknown as { first: Element | null }).first === document.querySelector("h1"))).toBe(true);
    expect(await page.evaluate(() => [document.documentElement.dataset.fontSize, document.documentElement.dataset.theme])).toEqual([
      "l",
      "dark",
    ]);
    await page.getByText("阅读设置").click();
    expect(await page.getByRole("radio", { name: "大" }).isChecked()).toBe(true);
    // The page is live: a paragraph link marks its paragraph.
    await page.getByRole("link", { name: "第2段的链接" }).click();
    await expect.poll(() => page.locator("#p2").evaluate((el) => el.classList.contains("marked"))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an unknown path is served 404.html with status 404", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto(new URL("no/such/page", site.url).href);
    expect(res!.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("找不到这个页面");
    await context.close();
  });

  it("tag pages, the tag index and the search page are real pages", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto(new URL("tags/人物/宋磊", site.url).href);
    expect(res!.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("人物：宋磊");
    expect(await page.title()).toBe("人物：宋磊 · 看报");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/tags\/%E4%BA%BA%E7%89%A9\/%E5%AE%8B%E7%A3%8A\/$/);
    expect((await page.goto(new URL("search", site.url).href))!.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("搜索");
    expect((await page.goto(new URL("tags", site.url).href))!.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("标签");
    // Every kind with its count, and the most frequent tags with theirs, most articles first.
    const kinds = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(kinds.map((k) => k.replace(/（\d+）$/u, ""))).toEqual(["人物", "地点", "机构", "主题", "类型", "报纸"]);
    const people = page.getByRole("region", { name: /^人物/ }).getByRole("link");
    const counts = (await people.allTextContents()).map((t) => Number(/（(\d+)）$/u.exec(t)![1]));
    expect(counts.length).toBeGreaterThan(5);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(await people.filter({ hasText: "宋磊" }).getAttribute("href")).toBe("/tags/%E4%BA%BA%E7%89%A9/%E5%AE%8B%E7%A3%8A/");
    await context.close();
  });

  it("the tag index: no axe violations, no horizontal scroll on a 360 px phone, touch targets ≥ 44 px", async () => {
    for (const width of [360, 1280]) {
      const { page, errors } = await openPage(site, "tags/", { width });
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("main a, main button")]
          .map((el) => ({ text: el.textContent?.trim(), h: el.getBoundingClientRect().height }))
          .filter((t) => t.h > 0 && t.h < 44),
      );
      expect(small).toEqual([]);
      await page.getByRole("link", { name: "标签", exact: true }).click();
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it("title and canonical link follow client-side navigation", async () => {
    const { page, errors } = await open(ARTICLE);
    const canonical = () => page.locator('link[rel="canonical"]').getAttribute("href");
    await page.getByRole("link", { name: "本期目录" }).first().click();
    await page.getByRole("list", { name: "本期目录" }).waitFor();
    await expect.poll(() => page.title()).toBe("市中区报 · 2022年7月27日（推断） · 看报");
    expect(new URL((await canonical())!).pathname).toBe("/issues/000_7377606bfa394453/");
    expect(await page.locator('meta[property="og:type"]').getAttribute("content")).toBe("website");
    expect(await page.locator('meta[property="article:published_time"]').count()).toBe(0);
    await page.getByRole("link", { name: "看报 首页" }).click();
    await page.getByRole("heading", { level: 1, name: "各期报纸" }).waitFor();
    await expect.poll(() => page.title()).toBe("看报 · 地方报纸数字档案");
    expect(new URL((await canonical())!).pathname).toBe("/");
    await page.goBack();
    await expect.poll(() => page.title()).toBe("市中区报 · 2022年7月27日（推断） · 看报");
    expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("/index.html and the .html of an older build are the page, not the app's not-found page", async () => {
    for (const [path, h1] of [
      ["index.html", "各期报纸"],
      [`${ARTICLE}.html`, "市领导来我区调研"],
      [`${ARTICLE}/index.html`, "市领导来我区调研"],
    ]) {
      const { page } = await open(path);
      await page.getByRole("heading", { level: 1, name: h1 }).waitFor();
      expect(await page.getByText("找不到这个页面").count()).toBe(0);
      await page.context().close();
    }
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

  it("a link opened from WeChat on a phone with a system share sheet hydrates as well and offers the sheet", async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, "share", { value: async () => {}, configurable: true });
      document.addEventListener("DOMContentLoaded", () => {
        (window as unknown as { first: Element | null }).first = document.querySelector("h1");
      });
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // WeChat appends its own parameters to shared links; the page is still the one prerendered.
    await page.goto(new URL(`${ARTICLE}/?from=singlemessage&isappinstalled=0`, site.url).href);
    await appReady(page);
    await page.getByRole("button", { name: "分享…" }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { first: Element | null }).first === document.querySelector("h1"))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("#p3 scrolls to the third paragraph and marks it", async () => {
    const { page } = await open(`${ARTICLE}#p3`);
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
    expect(feed.links[0]).toMatch(/\/issues\/000_7377606bfa394453\/[a-z0-9]+\/$/);
    const map = await parse("sitemap.xml");
    expect(map.error).toBeNull();
    expect(map.links).toEqual(expect.arrayContaining(feed.links));
    // Home, 2 issues, 19 articles, the tag index, a page per year and month (2021, 2021/05, 2022, 2022/07)
    // and a page per tag; not 收藏 and 最近阅读, which hold what one device keeps.
    const tagPages = map.links.filter((l) => /\/tags\/[^/]+\/[^/]+\/$/u.test(l!));
    expect(tagPages.length).toBeGreaterThan(20);
    const datePages = map.links.filter((l) => /\/dates\/\d{4}\/(\d{2}\/)?$/u.test(l!));
    expect(datePages.map((l) => new URL(l!).pathname).sort()).toEqual([
      "/dates/2021/",
      "/dates/2021/05/",
      "/dates/2022/",
      "/dates/2022/07/",
    ]);
    expect(map.links).toHaveLength(1 + 2 + 19 + 1 + datePages.length + tagPages.length);
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
    process.env.KANBAO_SITE_URL = "https://news.example.org";
    const warnings: string[] = [];
    const logger = createLogger("error");
    logger.warn = (msg) => void warnings.push(msg);
    try {
      await viteBuild({
        root: ROOT,
        configFile: join(ROOT, "vite.config.ts"),
        build: { outDir: out, emptyOutDir: true },
        customLogger: logger,
      });
    } finally {
      delete process.env.KANBAO_BASE;
      delete process.env.KANBAO_SITE_URL;
    }
    expect(warnings.filter((w) => w.includes("KANBAO_SITE_URL"))).toEqual([]);
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
      expect(new URL(page.url()).pathname).toMatch(/^\/archive\/issues\/000_7377606bfa394453\/[a-z0-9]+\/$/);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(canonical).toBe(`https://news.example.org${new URL(page.url()).pathname}`);
      await page.reload();
      await appReady(page);
      await page.getByRole("heading", { level: 1, name: "市领导来我区调研" }).waitFor();
      await page.getByRole("searchbox", { name: "搜索全文" }).fill("锂电");
      await page.getByText("共 3 篇").waitFor();
      expect(new URL(page.url()).pathname).toBe("/archive/search/");
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await sub.close();
    }
  });
});

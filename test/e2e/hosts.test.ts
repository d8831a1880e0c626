/**
 * The built site on servers that answer like OSS/COS/S3 website hosting, a
 * default nginx and GitHub Pages (test/e2e/hosts.ts): every page answers 200
 * at its URL, older URL forms still reach it, and the app takes over there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { appReady, launch, watchErrors } from "./browser";
import { DIST, HOSTS, serveAs, type Host } from "./hosts";

const ISSUE = "issues/000_7377606bfa394453/";
const ARTICLE = `${ISSUE}th6pfp/`;
const TITLE = "市领导来我区调研";

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ has no build: run `npm run build` first (npm test does)");
  browser = await launch();
});
afterAll(async () => browser?.close());

describe.each(HOSTS)("on %s", (kind) => {
  let host: Host;
  beforeAll(async () => {
    host = await serveAs(kind, DIST);
  });
  afterAll(async () => host?.close());

  const get = async (path: string, javaScriptEnabled = false) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const res = await page.goto(new URL(path, host.url).href);
    return { page, errors, status: res!.status(), close: () => context.close() };
  };

  it("every kind of page answers 200 at its URL, with its content in the HTML", async () => {
    for (const [path, h1] of [
      ["", "各期报纸"],
      [ISSUE, "市中区报 · 2022年7月27日（推断）"],
      [ARTICLE, TITLE],
      ["search/", "搜索"],
      ["tags/", "标签"],
      ["tags/人物/宋磊/", "人物：宋磊"],
      ["tags/%E5%9C%B0%E7%82%B9/%E5%AD%9F%E5%BA%84%E9%95%87/", "地点：孟庄镇"],
    ]) {
      const { page, status, close } = await get(path);
      expect(status, path).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).textContent(), path).toBe(h1);
      await close();
    }
  });

  it("the URL without its slash reaches the page, directly or by the host's redirect", async () => {
    const { page, status, close } = await get(ARTICLE.replace(/\/$/u, ""));
    expect(status).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    const hops = host.log.filter((r) => r.path === `/${ARTICLE.replace(/\/$/u, "")}`).map((r) => r.status);
    expect(hops).toEqual([kind === "nginx" ? 200 : kind === "bucket" ? 302 : 301]);
    await close();
  });

  it("an unknown path is 404.html with status 404", async () => {
    const { page, status, close } = await get("no/such/page");
    expect(status).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("找不到这个页面");
    await close();
  });

  it("the app takes over without a console error and keeps going client-side", async () => {
    const { page, errors, close } = await get(ARTICLE, true);
    await appReady(page);
    await page.getByRole("link", { name: "本期目录" }).first().click();
    await page.getByRole("list", { name: "本期目录" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/${ISSUE}`);
    await page.reload();
    await page.getByRole("list", { name: "本期目录" }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it("/index.html, x/index.html and x.html are the page, not the app's not-found page", async () => {
    for (const [path, h1] of [
      ["index.html", "各期报纸"],
      [`${ARTICLE}index.html`, TITLE],
      [`${ARTICLE.replace(/\/$/u, "")}.html`, TITLE],
    ]) {
      const { page, close } = await get(path, true);
      await appReady(page);
      await page.getByRole("heading", { level: 1, name: h1 }).waitFor();
      expect(await page.getByText("找不到这个页面").count(), path).toBe(0);
      await close();
    }
  });
});

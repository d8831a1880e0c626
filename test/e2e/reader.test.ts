import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { join } from "node:path";
import { ARTIFACTS, openPage, useSite, appReady, settled } from "./browser";

const site = useSite();

async function open(path: string, width = 1280) {
  const opened = await openPage(site, path, { width });
  await opened.page.getByRole("main").waitFor();
  return opened;
}

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

describe("reading in Chromium", () => {
  it("home → issue → article → next → back", async () => {
    const { page, errors } = await open("/");
    await page.getByRole("link", { name: "枣庄高新区报 · 2021年5月26日（推断）" }).click();
    await page.getByRole("list", { name: "本期目录" }).waitFor();
    await page.getByRole("link", { name: "高新区召开国家卫生城市复审工作部署会议" }).click();
    await page.getByRole("heading", { level: 1, name: "高新区召开国家卫生城市复审工作部署会议" }).waitFor();
    await page.getByRole("link", { name: /下一篇/ }).click();
    await page.getByRole("heading", { level: 1, name: "高新区领导督导重点项目建设推进情况" }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "高新区召开国家卫生城市复审工作部署会议" }).waitFor();
    await page.getByRole("link", { name: "本期目录" }).click();
    await page.getByRole("list", { name: "本期目录" }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a deep article URL survives a reload", async () => {
    const { page, errors } = await open("/");
    await page.getByRole("link", { name: "市领导来我区调研" }).click();
    await h1(page).filter({ hasText: "市领导来我区调研" }).waitFor();
    const deep = page.url();
    await page.reload();
    await appReady(page);
    await h1(page).filter({ hasText: "市领导来我区调研" }).waitFor();
    await expect.poll(() => page.url()).toBe(deep);
    await expect.poll(() => page.getByText("本报讯 7月26日，副市长左文来我区调研。", { exact: false }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("unknown issues, articles and paths get a 404 page with a way home", async () => {
    for (const path of [
      "/issues/nope",
      "/issues/000_7377606bfa394453/nope",
      "/no/such/page",
      "/issues/%E4%BD%A0%E5%A5%BD",
      "/issues/000_7377606bfa394453/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ]) {
      const { page } = await open(path);
      await page.getByRole("heading", { name: "找不到这个页面" }).waitFor();
      await page.getByRole("link", { name: "回到首页" }).click();
      await page.getByRole("heading", { level: 1, name: "各期报纸" }).waitFor();
      await page.context().close();
    }
  });

  it("font size and theme survive a reload", async () => {
    const { page } = await open("/");
    await page.getByRole("link", { name: "市领导来我区调研" }).click();
    await h1(page).filter({ hasText: "市领导来我区调研" }).waitFor();
    const size = () =>
      page
        .locator(".article-body p")
        .first()
        .evaluate((p) => getComputedStyle(p).fontSize);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    const before = parseFloat(await size());
    await page.getByText("阅读设置").click();
    await page.getByRole("radio", { name: "大" }).check({ force: true });
    await page.getByRole("radio", { name: "深色" }).check({ force: true });
    await expect.poll(async () => parseFloat(await size())).toBeGreaterThan(before);
    await expect.poll(theme).toBe("dark");
    const larger = await size();
    await page.reload();
    await appReady(page);
    await h1(page).filter({ hasText: "市领导来我区调研" }).waitFor();
    await expect.poll(size).toBe(larger);
    await expect.poll(theme).toBe("dark");
    await page.context().close();
  });

  it("reads by keyboard alone: skip link, links, arrow keys", async () => {
    const { page } = await open("/issues/000_7377606bfa394453");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "跳到正文" });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(async () => (await skip.boundingBox())?.width ?? 0).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    // From the main landmark, Tab reaches the first article of the table of contents.
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    for (let i = 0; i < 10 && (await focused()) !== "市领导来我区调研"; i++) await page.keyboard.press("Tab");
    await expect.poll(focused).toBe("市领导来我区调研");
    await page.keyboard.press("Enter");
    await h1(page).filter({ hasText: "市领导来我区调研" }).waitFor();
    await page.keyboard.press("ArrowRight");
    await h1(page).filter({ hasText: "链长制" }).waitFor();
    await page.keyboard.press("ArrowLeft");
    await h1(page).filter({ hasText: "市领导来我区调研" }).waitFor();
    const outline = await page.getByRole("link", { name: "本期目录" }).evaluate((el) => {
      (el as HTMLElement).focus();
      return getComputedStyle(el).outlineStyle;
    });
    expect(outline).not.toBe("none");
    await page.context().close();
  });
});

describe("every page type: accessible, fits a 360 px phone", () => {
  const pages: [string, string][] = [
    ["home", "/"],
    ["issue", "/issues/004_5b522bed40a50bb1"],
    ["article", "/issues/004_5b522bed40a50bb1/"],
    ["404", "/issues/nope"],
  ];

  it.each(pages)("%s: no axe violations, no horizontal scroll at 360 px, touch targets ≥ 44 px; screenshots kept", async (name, path) => {
    let target = path;
    if (name === "article") {
      const { page } = await open(path.replace(/\/$/, ""));
      target = (await page.getByRole("list", { name: "本期目录" }).getByRole("link").first().getAttribute("href"))!;
      await page.context().close();
    }
    for (const width of [360, 1280]) {
      const { page, errors } = await open(target, width);
      await h1(page).first().waitFor();
      await settled(page);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("a, button, summary, label.choice")]
          .filter((el) => el.offsetParent !== null && !el.closest("p") && el.getBoundingClientRect().width > 1)
          .map((el) => ({ text: el.textContent?.trim(), h: el.getBoundingClientRect().height }))
          .filter((t) => t.h > 0 && t.h < 44),
      );
      expect(small).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
      // A real 404 page is served with status 404, which Chromium logs; nothing else may be logged.
      expect(errors.filter((e) => !(name === "404" && /status of 404/.test(e)))).toEqual([]);
      await page.context().close();
    }
  });
});

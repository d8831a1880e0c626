import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { openPage, useSite } from "./browser";

const site = useSite();

describe("收藏 and 最近阅读", () => {
  it("a bookmarked article is on the 收藏 page, which exports a file; a read one is on 最近阅读", async () => {
    const { page, errors } = await openPage(site, "/");
    await page.getByRole("link", { name: "市领导来我区调研" }).click();
    await page.getByRole("heading", { level: 1, name: "市领导来我区调研" }).waitFor();
    const star = page.getByRole("button", { name: "收藏" });
    await star.click();
    expect(await star.getAttribute("aria-pressed")).toBe("true");
    const articleUrl = page.url();
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "收藏" }).click();
    const list = page.getByRole("list", { name: "收藏" });
    await list.getByRole("link", { name: "市领导来我区调研" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出为文件" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kanbao-bookmarks-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(file.items.map((i: { url: string }) => i.url)).toEqual([articleUrl]);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "最近阅读" }).click();
    await page.getByRole("list", { name: "最近阅读" }).getByRole("link", { name: "市领导来我区调研" }).waitFor();
    // Kept across a reload (on the device).
    await page.reload();
    await page.getByRole("list", { name: "最近阅读" }).getByRole("link", { name: "市领导来我区调研" }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const width of [360, 1280])
    it(`both pages fit ${width} px and have no axe violations, empty or not`, async () => {
      for (const path of ["/bookmarks", "/history"]) {
        const { page, errors } = await openPage(site, path, { width });
        await page.getByRole("heading", { level: 1 }).waitFor();
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((v) => v.id)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });
});

describe("纠错", () => {
  it("the link carries the article's URL, id and the text the reader selected", async () => {
    const { page } = await openPage(site, "/");
    await page.getByRole("link", { name: "市领导来我区调研" }).click();
    await page.getByRole("heading", { level: 1, name: "市领导来我区调研" }).waitFor();
    const selected = await page.evaluate(() => {
      const text = document.getElementById("p2")!.firstChild!;
      const r = document.createRange();
      r.setStart(text, 2);
      r.setEnd(text, 12);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return r.toString();
    });
    const link = page.getByRole("link", { name: "纠错" });
    await expect
      .poll(async () => {
        await link.focus();
        return decodeURIComponent((await link.getAttribute("href"))!);
      })
      .toContain(`有误的文字：${selected}`);
    const href = decodeURIComponent((await link.getAttribute("href"))!);
    expect(href).toMatch(/^mailto:jiucuo@example\.org\?subject=纠错：市领导来我区调研&body=/);
    expect(href).toContain(`链接：${page.url().split("?")[0]}`);
    expect(href).toMatch(/编号：000_7377606bfa394453\/[a-z0-9]+/);
    await page.context().close();
  });
});

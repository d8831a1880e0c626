import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { openPage, useSite, settled } from "./browser";

const site = useSite();

async function open(path: string) {
  const opened = await openPage(site, path);
  await opened.page.getByRole("heading", { level: 1 }).first().waitFor();
  return opened;
}

const titles = (page: Page) => page.getByRole("list", { name: "搜索结果" }).getByRole("heading").allTextContents();
const panelButton = (page: Page, name: string) =>
  page.getByRole("region", { name: "筛选", exact: true }).getByRole("button", { name: new RegExp(`^${name}\\s?（\\d+）$`) });

describe("filters in Chromium", () => {
  it("a person and a place leave only articles with both; the URL reproduces the view", async () => {
    const { page, errors } = await open("/");
    await page.getByText("按人物、地点、主题筛选文章").click();
    await page.getByRole("button", { name: /^宋磊\s?（4）$/ }).click();
    await page.getByText("共 4 篇，按时间从新到旧").waitFor();
    await panelButton(page, "市中区").click();
    await page.getByText("共 2 篇，按时间从新到旧").waitFor();
    const both = ["市检察院领导来我区调研", "枣庄日报社思想能力作风建设“双放双提”暨社长、总编走一线看发展大型采访活动走进我区"];
    await expect.poll(() => titles(page)).toEqual(both);
    await expect.poll(() => new URL(page.url()).searchParams.get("tags")).toContain("市中区");
    const shared = page.url();
    const again = await site.browser.newContext();
    const other = await again.newPage();
    await other.goto(shared);
    await other.getByText("共 2 篇，按时间从新到旧").waitFor();
    await expect.poll(() => titles(other)).toEqual(both);
    await again.close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("combined with a search, counts follow the query", async () => {
    const { page, requests } = await open(`/search?q=${encodeURIComponent("文明城市")}`);
    await page.getByText("共 4 篇").waitFor();
    // A search alone does not load the panel's data; opening the panel does.
    expect(requests.filter((r) => r.includes("doc-tags"))).toEqual([]);
    await page.getByRole("button", { name: "按人物、地点、主题筛选" }).click();
    await expect.poll(() => panelButton(page, "宋磊").textContent()).toContain("（2）");
    await panelButton(page, "宋磊").click();
    await page.getByText("共 2 篇").waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get("tags")).toContain("宋磊");
    expect(new URL(page.url()).searchParams.get("q")).toBe("文明城市");
    await page.context().close();
  });

  it("filtered home and tag pages have no axe violations", async () => {
    for (const path of [
      `/?tags=${encodeURIComponent(JSON.stringify(["人物:宋磊"]))}`,
      `/tags/${encodeURIComponent("地点")}/${encodeURIComponent("孟庄镇")}`,
    ]) {
      const { page } = await open(path);
      await page.getByText(/共 \d+ 篇/).waitFor();
      await settled(page);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await page.context().close();
    }
  });
});

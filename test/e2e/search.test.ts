import { describe, expect, it } from "vitest";
import { AxeBuilder } from "@axe-core/playwright";
import { openPage, useSite, appReady } from "./browser";

const site = useSite();

async function open(path: string) {
  const opened = await openPage(site, path, { height: 800 });
  await opened.page.getByRole("heading", { level: 1 }).first().waitFor();
  return opened;
}

describe("search in Chromium", () => {
  it("nothing of the index loads until the first search; then only what the query needs", async () => {
    const { page, requests } = await open("/");
    expect(requests.filter((r) => r.includes("/data/search/") || r.includes("search-worker"))).toEqual([]);
    await page.keyboard.press("/");
    await page.keyboard.type("卫生城市");
    await page.getByText("共 1 篇").waitFor();
    const index = requests.filter((r) => r.includes("/data/search/"));
    expect(index.filter((r) => r.includes("/f/"))).toHaveLength(1);
    expect(index.filter((r) => r.includes("/u/"))).toEqual([]);
    await page.context().close();
  });

  it("keyboard: / to the box, type, ↓ to the first result, Enter opens it with the terms marked and in view", async () => {
    const { page, errors } = await open("/issues/000_7377606bfa394453");
    await page.keyboard.press("/");
    await page.keyboard.type("锂电");
    await page.getByText("共 3 篇").waitFor();
    const marks = await page.getByRole("list", { name: "搜索结果" }).locator("mark").allTextContents();
    expect(new Set(marks)).toEqual(new Set(["锂电"]));
    await page.keyboard.press("ArrowDown");
    const title = await page.evaluate(() => document.activeElement?.textContent ?? "");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    const first = page.locator(".article-body mark").first();
    await first.waitFor();
    expect(await first.textContent()).toBe("锂电");
    expect(await first.isVisible()).toBe(true);
    const box = (await first.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(800);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a shared search URL survives reload and back; malformed parameters give an empty search", async () => {
    const { page, errors } = await open("/search?q=%E6%96%87%E6%98%8E%E5%9F%8E%E5%B8%82");
    await page.getByText("共 4 篇").waitFor();
    await page.reload();
    await appReady(page);
    await page.getByText("共 4 篇").waitFor();
    await page.getByRole("searchbox", { name: "搜索全文" }).fill("韩耀辉");
    await page.getByText("共 3 篇").waitFor();
    await page.goto(new URL("/search?q=%22&page=-7&q2=%7B", site.url).href);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the search page has no axe violations, with results and without", async () => {
    for (const path of ["/search", "/search?q=%E5%9F%8E", "/search?q=%E7%94%9F%E5%8D%AB"]) {
      const { page } = await open(path);
      if (path.includes("q=")) await page.getByText(/^共 \d+ 篇/).waitFor();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await page.context().close();
    }
  });
});

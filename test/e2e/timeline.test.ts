import { describe, expect, it } from "vitest";
import { AxeBuilder } from "@axe-core/playwright";
import { openPage, useSite } from "./browser";

const site = useSite();

describe("matches over time", () => {
  it("search results: a bar per year; a bar narrows to its year, by mouse or by keyboard, in the URL; sort by date", async () => {
    const { page, errors, requests } = await openPage(site, `/search?q=${encodeURIComponent("区")}`);
    const chart = page.getByRole("toolbar", { name: "各年篇数" });
    await chart.waitFor();
    const bars = chart.getByRole("button");
    expect(await bars.evaluateAll((b) => b.map((x) => x.getAttribute("aria-label")))).toEqual([
      expect.stringMatching(/^2021年：\d+ 篇$/),
      expect.stringMatching(/^2022年：\d+ 篇$/),
    ]);
    // From the index's dates alone: no issue file is fetched.
    expect(requests.filter((r) => r.includes("/data/issues/"))).toEqual([]);
    const in2021 = Number(/：(\d+) 篇/.exec((await bars.first().getAttribute("aria-label"))!)![1]);
    await bars.first().focus();
    await page.keyboard.press("ArrowRight");
    expect(await bars.nth(1).evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.getByText(`共 ${in2021} 篇`, { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get("from")).toBe("2021-01");
    await page.getByRole("toolbar", { name: "2021年各月篇数" }).waitFor();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.getByRole("radio", { name: "最早" }).check({ force: true });
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("old");
    await page.getByRole("button", { name: "看全部年份" }).click();
    await page.getByRole("toolbar", { name: "各年篇数" }).waitFor();
    const first = page.getByRole("list", { name: "搜索结果" }).locator(".meta").first();
    await expect.poll(() => first.textContent()).toContain("2021年5月26日");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a person's page: the chart of mentions, the tags seen with the person, no axe violations", async () => {
    const { page, errors } = await openPage(site, "/");
    await page.getByRole("link", { name: "市领导来我区调研" }).click();
    await page.getByRole("navigation", { name: "文章标签" }).getByRole("link", { name: "宋磊" }).click();
    await page.getByRole("heading", { level: 1, name: "人物：宋磊" }).waitFor();
    await page.getByRole("region", { name: "常一起出现" }).waitFor();
    expect(await page.getByRole("region", { name: "常一起出现" }).getByRole("link").count()).toBeGreaterThan(0);
    // Every mention is in one year: the chart shows its months, the month of the issue holding them all.
    const total = Number(/共 (\d+) 篇/.exec((await page.getByRole("status").filter({ hasText: "按时间" }).textContent())!)![1]);
    const july = page.getByRole("toolbar", { name: "2022年各月篇数" }).getByRole("button", { name: /^2022年7月：/ });
    expect(await july.getAttribute("aria-label")).toBe(`2022年7月：${total} 篇`);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("back to the results", () => {
  it("finds the list and the place in it where the reader left", async () => {
    const { page, errors } = await openPage(site, `/search?q=${encodeURIComponent("区")}`, { width: 360, height: 700 });
    const results = page.getByRole("list", { name: "搜索结果" });
    await results.waitFor();
    const eighth = results.getByRole("article").nth(7);
    await eighth.scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => scrollY);
    expect(y).toBeGreaterThan(500);
    const title = (await eighth.getByRole("heading").textContent())!;
    await eighth.getByRole("link").click();
    await page
      .getByRole("heading", { level: 1 })
      .filter({ hasText: title.slice(0, 6) })
      .waitFor();
    await page.goBack();
    await results.waitFor();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(y - 40);
    expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(40);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("on a phone, the chosen filters are above the results", async () => {
    const { page } = await openPage(site, `/search?q=${encodeURIComponent("区")}&from=2021-01&to=2021-12`, { width: 360 });
    const chosen = page.getByRole("list", { name: "已选条件" });
    const results = page.getByRole("list", { name: "搜索结果" });
    await results.waitFor();
    expect((await chosen.boundingBox())!.y).toBeLessThan((await results.boundingBox())!.y);
    await chosen.getByRole("button").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBeNull();
    await page.context().close();
  });
});

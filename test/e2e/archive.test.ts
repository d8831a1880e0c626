import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { openPage, useSite } from "./browser";

const site = useSite();

async function fits(page: Page, width: number) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe("往期 on a phone", () => {
  it("is on top, and reaches a date in three taps without the page jumping", async () => {
    const { page, errors } = await openPage(site, "/", { width: 360, height: 740 });
    const nav = page.getByRole("region", { name: "往期" });
    const latest = page.getByRole("list", { name: "最新各期" });
    expect((await nav.boundingBox())!.y).toBeLessThan((await latest.boundingBox())!.y);
    await fits(page, 360);
    // Scroll so that 往期 sits part way down the screen; each tap must leave it where it is.
    await page.evaluate(() => scrollTo(0, 120));
    const y0 = await page.evaluate(() => scrollY);
    expect(y0).toBeGreaterThan(100);
    await nav.getByRole("link", { name: /^2021年/ }).click();
    await nav.getByRole("navigation", { name: "2021年的月份" }).waitFor();
    await expect.poll(() => page.url()).toContain("year=2021");
    expect(await page.evaluate(() => scrollY)).toBe(y0);
    await nav.getByRole("link", { name: "5月，1期" }).click();
    await nav.getByRole("table", { name: "2021年5月出版的报纸" }).waitFor();
    expect(await page.evaluate(() => scrollY)).toBe(y0);
    await fits(page, 360);
    await nav.getByRole("link", { name: "5月26日，1期" }).click();
    await page.getByRole("heading", { level: 1, name: "枣庄高新区报 · 2021年5月26日（推断）" }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("year and month pages", () => {
  for (const width of [360, 1280])
    it(`list their issues, fit ${width} px and have no axe violations`, async () => {
      const { page, errors } = await openPage(site, "/dates/2022", { width });
      await page.getByRole("heading", { level: 1, name: "2022年" }).waitFor();
      await page.getByRole("list", { name: "2022年7月的报纸" }).getByRole("link", { name: "市中区报 · 2022年7月27日（推断）" }).waitFor();
      await fits(page, width);
      await page.getByRole("link", { name: "2022年7月", exact: true }).click();
      const list = page.getByRole("list", { name: "2022年7月各期" });
      await list.getByRole("link", { name: "市领导来我区调研" }).waitFor();
      await fits(page, width);
      expect(errors).toEqual([]);
      await page.context().close();
    });
});

import { describe, expect, it } from "vitest";
import { useSite, watchErrors, appReady } from "./browser";

const site = useSite();

describe("the production build in Chromium", () => {
  it("home lists the issues and their headlines; a headline opens the article", async () => {
    const page = await site.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(site.url);
    await appReady(page);
    await page.getByRole("heading", { name: "市中区报 · 2022年7月27日（推断）" }).waitFor();
    await page.getByRole("heading", { name: "枣庄高新区报 · 2021年5月26日（推断）" }).waitFor();
    await page.getByRole("link", { name: "市领导来我区调研" }).click();
    await page.getByRole("heading", { level: 1, name: "市领导来我区调研" }).waitFor();
    expect(await page.getByText("本报讯 7月26日，副市长左文来我区调研。", { exact: false }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

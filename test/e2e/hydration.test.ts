/**
 * Every page type hydrates in place without a mismatch or a console error, for
 * a first-time reader, one with stored reading settings (and garbage in
 * storage), and one whose browser blocks storage altogether (private modes,
 * policies: touching localStorage or sessionStorage throws).
 */
import { describe, expect, it } from "vitest";
import { appReady, useSite, watchErrors } from "./browser";

const site = useSite();

const PAGES: [string, string, string, boolean][] = [
  ["home", "", "各期报纸", true],
  ["issue", "issues/000_7377606bfa394453/", "市中区报 · 2022年7月27日（推断）", true],
  ["article", "issues/000_7377606bfa394453/th6pfp/", "市领导来我区调研", true],
  ["search", "search/", "搜索", true],
  // The search page was built without a query: with one it is rendered afresh, by design.
  ["search with ?q", "search/?q=%E5%8D%AB%E7%94%9F", "搜索「卫生」", false],
  ["tag index", "tags/", "标签", true],
  ["tag", "tags/%E4%BA%BA%E7%89%A9/%E5%AE%8B%E7%A3%8A/", "人物：宋磊", true],
  ["404", "no/such/page/", "找不到这个页面", true],
];

const STORAGE: Record<string, string> = {
  fresh: "",
  stored: `localStorage.setItem("kanbao:settings", JSON.stringify({ fontSize: "l", theme: "dark" }));`,
  garbage: `localStorage.setItem("kanbao:settings", "{not json"); localStorage.setItem("kanbao:pos:th6pfp", "NaN");`,
  blocked: `for (const k of ["localStorage", "sessionStorage"])
    Object.defineProperty(window, k, { get() { throw new DOMException("The operation is insecure.", "SecurityError"); } });`,
};

describe.each(Object.keys(STORAGE))("storage %s", (mode) => {
  it.each(PAGES)("%s: hydrated as built, no console error", async (name, path, h1, inPlace) => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    await context.addInitScript(
      `${STORAGE[mode]}
      document.addEventListener("DOMContentLoaded", () => { window.built = document.querySelector("h1"); });`,
    );
    const page = await context.newPage();
    const errors = watchErrors(page);
    const res = await page.goto(`${site.url}${path}`);
    await appReady(page);
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    expect(await page.getByRole("heading", { level: 1 }).first().textContent()).toBe(h1);
    expect(await page.evaluate(() => (window as { built?: Element | null }).built === document.querySelector("h1"))).toBe(inPlace);
    const { theme, fontSize } = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect([theme, fontSize]).toEqual(mode === "stored" ? ["dark", "l"] : ["light", "m"]);
    // Client-side navigation stores scroll positions: it goes on when storage throws.
    await page.getByRole("link", { name: "看报 首页" }).first().click();
    await page.getByRole("heading", { level: 1, name: "各期报纸" }).waitFor();
    const is404 = res!.status() === 404 && name === "404";
    expect(errors.filter((e) => !(is404 && /status of 404 \(Not Found\)$/u.test(e)))).toEqual([]);
    await context.close();
  });
});

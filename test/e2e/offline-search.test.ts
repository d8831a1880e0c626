import { describe, expect, it } from "vitest";
import { openPage, useSite, appReady } from "./browser";

const site = useSite();

describe("search offline", () => {
  it("a search made before is answered again offline; a new one says in Chinese that the reader is offline", async () => {
    const { page, errors } = await openPage(site, "/");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    await page.getByRole("searchbox", { name: "搜索全文" }).fill("卫生城市");
    await page.getByText("共 1 篇").waitFor();
    // The service worker keeps the worker's script and the hashed index files it fetched.
    const kept = () =>
      page.evaluate(async () => {
        const names = async (c: string) => (await (await caches.open(c)).keys()).map((r) => new URL(r.url).pathname);
        return { search: await names("kanbao-search"), assets: await names("kanbao-assets") };
      });
    await expect.poll(async () => (await kept()).assets.some((p) => p.includes("search-worker")), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await kept()).search.some((p) => p.includes("/f/")), { timeout: 10_000 }).toBe(true);

    await page.context().setOffline(true);
    await page.goto(new URL("/search?q=%E5%8D%AB%E7%94%9F%E5%9F%8E%E5%B8%82", site.url).href);
    await appReady(page);
    await page.getByText("共 1 篇").waitFor();
    await page.getByRole("searchbox", { name: "搜索全文" }).fill("锂电");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("离线");
    expect(await alert.textContent()).not.toMatch(/worker|HTTP|fetch/i);

    // Back online, the same search is answered.
    await page.context().setOffline(false);
    await page.getByRole("button", { name: "重试" }).click();
    await page.getByText("共 3 篇").waitFor();
    expect(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await page.context().close();
  });
});

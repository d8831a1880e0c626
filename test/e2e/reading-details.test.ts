import { describe, expect, it } from "vitest";
import { openPage, useSite, appReady } from "./browser";

const site = useSite();

describe("reading details", () => {
  it("printed, an article shows its URL and no navigation", async () => {
    const { page } = await openPage(site, "/");
    await page.getByRole("link", { name: "市领导来我区调研" }).click();
    await page.getByRole("heading", { level: 1, name: "市领导来我区调研" }).waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".print-url").isVisible()).toBe(true);
    expect(await page.locator(".print-url").textContent()).toBe(page.url().split("?")[0]);
    for (const name of ["主导航", "本期文章", "往期", "文章标签"])
      expect(await page.getByRole("navigation", { name }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "复制链接" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    expect(await page.locator(".print-url").isVisible()).toBe(false);
    await page.context().close();
  });

  it("back in a long article, the notice of the resumed place is on screen", async () => {
    const { page } = await openPage(site, "/issues/004_5b522bed40a50bb1", { width: 360, height: 640 });
    await page.getByRole("link", { name: "高新区下好“产业棋”奏响“强区曲”" }).click();
    await page.getByRole("heading", { level: 1, name: "高新区下好“产业棋”奏响“强区曲”" }).waitFor();
    await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("kanbao:pos:")))).toBe(true);
    await page.reload();
    await appReady(page);
    const notice = page.getByRole("status").filter({ hasText: "已回到上次读到的位置" });
    await notice.waitFor();
    const box = (await notice.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
    await page.context().close();
  });

  it("a wrapped headline keeps its bullet on its first line", async () => {
    const { page } = await openPage(site, "/", { width: 360 });
    const link = page.getByRole("link", { name: /链长制工作上半年调度推进会议实况$/ });
    await link.scrollIntoViewIfNeeded();
    const box = (await link.boundingBox())!;
    const lineHeight = await link.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(box.height).toBeGreaterThan(lineHeight * 1.5);
    // The bullet is drawn in the list's padding left of the link: find its ink.
    const shot = await page.screenshot({ clip: { x: box.x - 22, y: box.y, width: 20, height: box.height } });
    const rows = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      [c.width, c.height] = [img.width, img.height];
      const g = c.getContext("2d")!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const out: number[] = [];
      for (let y = 0; y < c.height; y++)
        for (let x = 0; x < c.width; x++) {
          const i = (y * c.width + x) * 4;
          if (d[i] + d[i + 1] + d[i + 2] < 300) {
            out.push(y / devicePixelRatio);
            break;
          }
        }
      return out;
    }, shot.toString("base64"));
    expect(rows.length).toBeGreaterThan(0);
    expect(Math.max(...rows)).toBeLessThan(lineHeight + 12);
    await page.context().close();
  });

  for (const width of [1024, 1280])
    it(`上一篇 and 下一篇 stay on one line at ${width} px`, async () => {
      const { page } = await openPage(site, "/issues/000_7377606bfa394453", { width });
      await page.getByRole("list", { name: "本期目录" }).getByRole("link").nth(1).click();
      const nav = page.getByRole("navigation", { name: "本期文章" });
      await nav.waitFor();
      for (const label of await nav.locator(".nav-step-label").all()) {
        const [h, size] = await label.evaluate((el) => [el.getBoundingClientRect().height, parseFloat(getComputedStyle(el).fontSize)]);
        expect(h).toBeLessThan(size * 2.2);
      }
      await page.context().close();
    });

  it("on a phone the search box does not ask for the / key", async () => {
    const { page } = await openPage(site, "/", { width: 360 });
    const box = page.getByRole("searchbox", { name: "搜索全文" });
    expect(await box.getAttribute("placeholder")).not.toMatch(/按|键/);
    expect(await page.locator(".key-hint").isVisible()).toBe(false);
    await page.context().close();
  });

  it("paragraph links are not Tab stops: Tab goes from the text to the article's controls", async () => {
    const { page } = await openPage(site, "/issues/004_5b522bed40a50bb1");
    await page.getByRole("link", { name: "高新区下好“产业棋”奏响“强区曲”" }).click();
    await page.getByRole("heading", { level: 1, name: "高新区下好“产业棋”奏响“强区曲”" }).waitFor();
    expect(await page.locator(".para-link").count()).toBeGreaterThanOrEqual(5);
    await page.getByRole("button", { name: "收藏" }).focus();
    const visited: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      visited.push(await page.evaluate(() => `${document.activeElement?.className}|${document.activeElement?.textContent?.trim()}`));
    }
    expect(visited.filter((v) => v.includes("para-link"))).toEqual([]);
    expect(visited.some((v) => v.endsWith("|复制链接"))).toBe(true);
    await page.context().close();
  });
});

import { describe, expect, it } from "vitest";
import { appReady, useSite } from "./browser";

const site = useSite();

/**
 * A fake speechSynthesis with the voices given: each utterance "speaks" until
 * the test ends it (window.__speech.finish()), so nothing depends on timing.
 */
const FAKE = (langs: string[]) => `(() => {
  const voices = ${JSON.stringify(langs)}.map((lang, i) => ({ lang, name: "fake " + lang, voiceURI: "fake-" + i, localService: true, default: i === 0 }));
  const state = { spoken: [], current: null, paused: false };
  class Utterance { constructor(text) { this.text = text; this.rate = 1; this.lang = ""; this.voice = null; } }
  const synth = {
    getVoices: () => voices,
    speak(u) { state.spoken.push({ text: u.text, rate: u.rate, lang: u.lang }); state.current = u; },
    cancel() { const u = state.current; state.current = null; if (u && u.onerror) u.onerror({ error: "canceled" }); },
    pause() { state.paused = true; },
    resume() { state.paused = false; },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
  window.__speech = { state, finish() { const u = state.current; state.current = null; if (u && u.onend) u.onend(); } };
})();`;

async function withVoices(langs: string[], path: string) {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 640 } });
  await context.addInitScript(FAKE(langs));
  const page = await context.newPage();
  // Layout shifts from the start, for the test that the 朗读 buttons move nothing when they appear.
  await context.addInitScript(
    `window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); }).observe({ type: "layout-shift", buffered: true });`,
  );
  await page.goto(new URL(path, site.url).href);
  await appReady(page);
  return page;
}

const spoken = (page: import("playwright-core").Page) =>
  page.evaluate(
    () => (window as unknown as { __speech: { state: { spoken: { text: string; rate: number; lang: string }[] } } }).__speech.state.spoken,
  );
const finish = (page: import("playwright-core").Page) =>
  page.evaluate(() => (window as unknown as { __speech: { finish: () => void } }).__speech.finish());

describe("语音朗读 in Chromium", () => {
  it("reads an article in a Chinese voice; the paragraph read is marked and kept in view; pause, speed, stop", async () => {
    const page = await withVoices(["en-US", "zh-CN"], "/issues/004_5b522bed40a50bb1");
    await page.getByRole("list", { name: "本期目录" }).getByRole("link").first().click();
    await page.getByRole("button", { name: "朗读本文" }).click();
    expect((await spoken(page))[0].lang).toBe("zh-CN");
    // Read on to the last paragraph: it is marked, and scrolled into view on a small screen.
    const paragraphs = await page.locator(".article-body > p").count();
    for (let i = 0; i < 300; i++) {
      if (await page.locator(`#p${paragraphs}[aria-current="true"]`).count()) break;
      await finish(page);
    }
    const last = page.locator(`#p${paragraphs}`);
    expect(await last.getAttribute("aria-current")).toBe("true");
    await expect
      .poll(() =>
        last.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        }),
      )
      .toBe(true);
    expect(await page.locator(".article-body > p.reading").count()).toBe(1);
    const bar = page.getByRole("region", { name: "语音朗读" });
    await bar.getByRole("button", { name: "暂停" }).click();
    await bar.getByText(/已暂停/).waitFor();
    await bar.getByRole("combobox", { name: "语速" }).selectOption("1.5");
    expect((await spoken(page)).at(-1)!.rate).toBe(1.5);
    await bar.getByRole("button", { name: "停止" }).click();
    await bar.waitFor({ state: "detached" });
    expect(await page.locator("[aria-current='true']").count()).toBe(0);
    await page.context().close();
  });

  it("reads a whole issue, article after article, and the page follows", async () => {
    const page = await withVoices(["zh-CN"], "/issues/004_5b522bed40a50bb1");
    const titles = await page.getByRole("list", { name: "本期目录" }).getByRole("heading").allTextContents();
    await page.getByRole("button", { name: "朗读本期" }).click();
    await page.getByRole("heading", { level: 1, name: titles[0] }).waitFor();
    for (let i = 0; i < 300 && !(await page.getByRole("heading", { level: 1, name: titles[1] }).count()); i++) await finish(page);
    await page.getByRole("heading", { level: 1, name: titles[1] }).waitFor();
    expect((await spoken(page)).at(-1)!.text).toContain(titles[1]);
    await page.context().close();
  });

  it("its buttons appear without moving the page: a tap meant for the contents lands there", async () => {
    for (const path of ["/issues/004_5b522bed40a50bb1", "/issues/004_5b522bed40a50bb1/fo4iol"]) {
      const page = await withVoices(["zh-CN"], path);
      await page
        .getByRole("button", { name: /朗读本/ })
        .first()
        .waitFor();
      expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts), path).toEqual([]);
      await page.context().close();
    }
  });

  it("is not offered without a Chinese voice", async () => {
    const page = await withVoices(["en-US"], "/issues/004_5b522bed40a50bb1");
    await page.getByRole("list", { name: "本期目录" }).waitFor();
    expect(await page.getByRole("button", { name: /朗读/ }).count()).toBe(0);
    await page.context().close();
  });
});

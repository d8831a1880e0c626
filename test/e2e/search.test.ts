import { describe, expect, it } from "vitest";
import { AxeBuilder } from "@axe-core/playwright";
import { gunzipSync } from "node:zlib";
import { openPage, useSite, appReady, searchDone } from "./browser";
import { gramBuckets, paths, type Fragment } from "../../src/shared/search/format";
import { DataSet } from "../../src/shared/search/data-set";
import { tagPaths } from "../../src/shared/search/tag-format";

const site = useSite();

const codePoints = (s: string) => [...s].map((c) => c.codePointAt(0)!);
/** Paths of the search index's files a page requested, sorted, each once. */
const indexRequests = (requests: string[]) => [...new Set(requests.filter((r) => r.includes("/data/search/")))].sort();

async function served(path: string): Promise<Uint8Array> {
  const res = await fetch(new URL(path, site.url));
  const b = new Uint8Array(await res.arrayBuffer());
  return b[0] === 0x1f && b[1] === 0x8b ? gunzipSync(b) : b;
}
const fragment = async (path: string) => JSON.parse(new TextDecoder().decode(await served(path))) as Fragment;

async function open(path: string) {
  const opened = await openPage(site, path, { height: 800 });
  await opened.page.getByRole("heading", { level: 1 }).first().waitFor();
  return opened;
}

describe("search in Chromium", () => {
  it("nothing of the index loads until the first search; then only the files of the query's own grams", async () => {
    const { page, requests } = await open("/");
    // Neither the index nor FlexSearch (the tag finder's, in the tag-lookup chunk) is part of the first load.
    const searchCode = /\/data\/search\/|search-worker|tag-lookup-client/u;
    expect(requests.filter((r) => searchCode.test(r))).toEqual([]);
    // One input event: the box holds 卫生城市 at once, so no shorter query can reach the worker.
    await page.getByRole("searchbox", { name: "搜索全文" }).fill("卫生城市");
    const result = page.getByRole("list", { name: "搜索结果" }).getByRole("article");
    await page.getByText("共 1 篇").waitFor();
    await expect.poll(() => result.count()).toBe(1);
    // 卫生城市 is matched by its bigrams 卫生 and 城市 at offsets 0 and 2: the entry, their postings and
    // positions, the text of the one result, and the lists naming these files where the entry does not.
    // The expected names come from the index's own bucket function and the entry of this build.
    const named: string[] = [];
    const data = new DataSet(async (path) => {
      named.push(path);
      return served(path);
    });
    const e = await data.entry();
    const grams = ["卫生", "城市"].flatMap((g) => gramBuckets(e.segments, codePoints(g)));
    for (const { s, k } of grams) named.push(await data.path(paths.bigrams(s, k)), await data.path(paths.positions(s, k)));
    await data.path(paths.fragment(0));
    // The chart of matches over time counts them by the docs' dates: one small file.
    named.push(await data.path(tagPaths.docDates()));
    const fragments = () => indexRequests(requests).filter((r) => r.includes("/f/"));
    await expect.poll(fragments).toHaveLength(1);
    const expected = [...named, fragments()[0].slice(1)];
    await expect.poll(() => indexRequests(requests)).toEqual([...new Set(expected)].map((p) => `/${p}`).sort());
    // …and that text is the article on screen.
    expect((await fragment(fragments()[0])).t).toBe(await result.getByRole("heading").textContent());
    await page.context().close();
  });

  it("typing character by character ends on the results of everything typed; Back returns to the page typed on", async () => {
    const { page, errors } = await open("/issues/000_7377606bfa394453");
    await page.keyboard.press("/");
    await page.keyboard.type("卫生城市");
    await page.getByRole("heading", { level: 1, name: "搜索「卫生城市」" }).waitFor();
    await page.getByText("共 1 篇").waitFor();
    await searchDone(page, "卫生城市");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("卫生城市");
    await expect.poll(() => page.getByRole("list", { name: "搜索结果" }).getByRole("article").count()).toBe(1);
    // Each prefix replaced the last in the history: one step back is the issue.
    await page.goBack();
    await page.getByRole("list", { name: "本期目录" }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a pinyin IME: nothing is searched while composing, each committed word is", async () => {
    const { page, requests } = await open("/");
    const urls: string[] = [];
    page.on("framenavigated", (f) => f === page.mainFrame() && urls.push(decodeURIComponent(f.url())));
    const box = page.getByRole("searchbox", { name: "搜索全文" });
    await box.focus();
    const ime = await page.context().newCDPSession(page);
    const compose = async (pinyin: string, word: string) => {
      for (let i = 1; i <= pinyin.length; i++) {
        const text = pinyin.slice(0, i);
        await ime.send("Input.imeSetComposition", { text, selectionStart: i, selectionEnd: i });
        await expect.poll(() => box.inputValue()).toMatch(new RegExp(`${text}$`));
      }
      await ime.send("Input.insertText", { text: word });
    };
    await compose("weisheng", "卫生");
    await searchDone(page, "卫生");
    await compose("chengshi", "城市");
    await searchDone(page, "卫生城市");
    await page.getByText("共 1 篇").waitFor();
    expect(await box.inputValue()).toBe("卫生城市");
    // Only committed words were ever in the URL; a Latin letter alone would have fetched a unigram bucket.
    const queries = urls.map((u) => new URL(u).searchParams.get("q")).filter((q) => q !== null);
    expect(queries.filter((q) => !/^卫生(城市)?$/.test(q!))).toEqual([]);
    expect(indexRequests(requests).filter((r) => r.includes("/u/"))).toEqual([]);
    await page.context().close();
  });

  it("keyboard: / to the box, type, ↓ to the first result, Enter opens it with the terms marked and in view", async () => {
    const { page, errors } = await open("/issues/000_7377606bfa394453");
    await page.keyboard.press("/");
    await page.keyboard.type("锂电");
    await searchDone(page, "锂电");
    await page.getByText("共 3 篇").waitFor();
    const marks = () => page.getByRole("list", { name: "搜索结果" }).locator("mark").allTextContents();
    await expect.poll(async () => new Set(await marks())).toEqual(new Set(["锂电"]));
    const focused = () =>
      page.evaluate(() => (document.activeElement?.hasAttribute("data-result-link") ? document.activeElement.textContent : null));
    await page.keyboard.press("ArrowDown");
    await expect.poll(focused).not.toBeNull();
    const title = (await focused())!;
    await page.keyboard.press("ArrowDown");
    await expect.poll(focused).not.toBe(title);
    await page.keyboard.press("ArrowUp");
    await expect.poll(focused).toBe(title);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    const first = page.locator(".article-body mark").first();
    await expect.poll(() => first.textContent()).toBe("锂电");
    // Scrolled into view once the article has rendered.
    await expect.poll(async () => (await first.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await first.boundingBox())?.y ?? Infinity).toBeLessThan(800);
    expect(await first.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a shared search URL survives a reload; malformed parameters give an ordinary page, never an error", async () => {
    const { page, errors } = await open("/search?q=%E6%96%87%E6%98%8E%E5%9F%8E%E5%B8%82");
    await page.getByText("共 4 篇").waitFor();
    await page.reload();
    await appReady(page);
    await page.getByText("共 4 篇").waitFor();
    await page.getByRole("searchbox", { name: "搜索全文" }).fill("韩耀辉");
    await searchDone(page, "韩耀辉");
    await page.getByText("共 3 篇").waitFor();
    await page.goto(new URL("/search?q=%22&page=-7&q2=%7B", site.url).href);
    await appReady(page);
    // A lone quote is searched as it is: no results, no error.
    await searchDone(page, '"');
    await page.getByText("共 0 篇").waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the search page has no axe violations, with results and without", async () => {
    for (const q of ["", "城", "生卫"]) {
      const { page } = await open(q ? `/search?q=${encodeURIComponent(q)}` : "/search");
      if (q) await searchDone(page, q);
      else await page.getByText("在上面的搜索框输入词语", { exact: false }).waitFor();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await page.context().close();
    }
  });
});

/**
 * URLs of any shape against the production build: malformed encodings, odd
 * segments, unknown and uppercase ids, WeChat's parameters, odd hashes and
 * search parameters. None crashes, blanks the page, logs an error or shows a
 * wrong page; unknown things are the not-found page with status 404.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { appReady, useSite, watchErrors, type Site } from "./browser";
import { DIST, serveAs, type Host } from "./hosts";

const ISSUE = "issues/000_7377606bfa394453/";
const ARTICLE = `${ISSUE}th6pfp/`;
const TITLE = "市领导来我区调研";
const NOT_FOUND = "找不到这个页面";

const site = useSite();

interface Visit {
  page: Page;
  status: number;
  /** Console and page errors, but the 404 status of the page itself that Chromium logs. */
  errors: string[];
  /** Data and code requests that failed. */
  failed: string[];
  /** The heading is the node the build wrote: the app hydrated the page in place. */
  inPlace: () => Promise<boolean>;
  h1: () => Promise<string>;
  close: () => Promise<void>;
}

async function visit(s: Pick<Site, "browser" | "url">, path: string): Promise<Visit> {
  const context = await s.browser.newContext({ viewport: { width: 360, height: 800 } });
  await context.addInitScript(() =>
    document.addEventListener("DOMContentLoaded", () => {
      (window as { built?: Element | null }).built = document.querySelector("h1");
    }),
  );
  const page = await context.newPage();
  const errors = watchErrors(page);
  const failed: string[] = [];
  page.on("response", (r) => r.status() >= 400 && r.request().resourceType() !== "document" && failed.push(`${r.status()} ${r.url()}`));
  const res = await page.goto(`${s.url}${path}`);
  await appReady(page);
  const status = res!.status();
  return {
    page,
    status,
    errors: errors.filter((e) => !(status === 404 && /status of 404 \(Not Found\)$/u.test(e))),
    failed,
    inPlace: () => page.evaluate(() => (window as { built?: Element | null }).built === document.querySelector("h1")),
    h1: async () => (await page.getByRole("heading", { level: 1 }).first().textContent()) ?? "",
    close: () => context.close(),
  };
}

describe("paths of any shape", () => {
  it.each([
    ["a malformed encoding", "%E4%B"],
    ["a malformed encoding in an issue id", "issues/%E4%B/"],
    ["a malformed encoding in an article id", `${ISSUE}%E4%B/`],
    ["a NUL", "issues/%00/"],
    ["an encoded slash", "issues/a%2Fb/"],
    ["a double-encoded slash", "issues/a%252Fb/"],
    ["a very long id", `issues/${"a".repeat(3000)}/`],
    ["an unknown issue and article", "issues/nosuch/zzz/"],
    ["an unknown article of a real issue", `${ISSUE}zzz/`],
    ["an uppercase issue id", "issues/000_7377606BFA394453/"],
    ["an uppercase article id", `${ISSUE}TH6PFP/`],
    ["markup in an id", "issues/%3Cscript%3E/"],
    ["Chinese in an id", "issues/中文/"],
    ["a tag kind the archive does not have", "tags/garbage/x/"],
    ["a malformed encoding in a tag kind", "tags/%E4%B/x/"],
    ["a tag kind without a name", "tags/人物/"],
  ])("%s: the not-found page, status 404, its own title, no error", async (_, path) => {
    const v = await visit(site, path);
    expect(v.status).toBe(404);
    expect(await v.h1()).toBe(NOT_FOUND);
    expect(await v.page.title()).toBe(`${NOT_FOUND} · 看报`);
    expect(v.errors).toEqual([]);
    // The catalog is split by month, so the app asks for an issue id it cannot rule out: that one file answers 404.
    expect(v.failed.filter((f) => !/^404 .*\/data\/issues\/[^/]+\.json$/u.test(f))).toEqual([]);
    await v.close();
  });

  it.each([
    ["../", `issues/../${ISSUE}`],
    ["//", `issues//${ISSUE.slice("issues/".length)}`],
  ])("a path with %s reaches the page it names", async (_, path) => {
    const v = await visit(site, path);
    expect(v.status).toBe(200);
    expect(await v.h1()).toBe("市中区报 · 2022年7月27日（推断）");
    // The built page itself, not one the app rendered over it (it once turned into the not-found page).
    expect(await v.inPlace()).toBe(true);
    expect(v.errors).toEqual([]);
    await v.close();
  });
});

describe("parameters and hashes added by apps and readers", () => {
  it.each([
    ["WeChat's parameters", "?from=singlemessage&isappinstalled=0#wechat_redirect"],
    ["a paragraph that does not exist", "#p9999"],
    ["a negative paragraph", "#p-1"],
    ["a malformed hash", "#%E4%B"],
  ])("%s: the article, hydrated in place, no error", async (_, tail) => {
    const v = await visit(site, `${ARTICLE}${tail}`);
    expect(v.status).toBe(200);
    expect(await v.h1()).toBe(TITLE);
    expect(await v.inPlace()).toBe(true);
    expect(v.errors).toEqual([]);
    await v.close();
  });

  it("a query of 10,000 characters is searched as its first 200, the page whole", async () => {
    const v = await visit(site, `search/?q=${"a".repeat(10_000)}`);
    expect(await v.h1()).toBe(`搜索「${"a".repeat(200)}」`);
    expect(v.errors).toEqual([]);
    await v.close();
  });

  it.each([
    ["tags that are no tags", "?tags=garbage"],
    ["a tag list of numbers", "?tags=%5B1,2%5D"],
    ["a tag object", "?tags=%7B%22a%22:1%7D"],
    ["a month 13", "?from=2022-13-45"],
    ["a day 30 of February", "?to=2022-02-30"],
    ["an impossible day", "?date=2022-13-45"],
    ["a month 13 in the calendar", "?month=2022-13"],
    ["a NUL publication", "?pub=%00"],
  ])("%s on home: the issues, as without it", async (_, query) => {
    const v = await visit(site, query);
    expect(await v.h1()).toBe("各期报纸");
    const main = await v.page.getByRole("main").innerText();
    expect(main).toContain(TITLE);
    expect(main).not.toMatch(/13月|没有符合条件/u);
    expect(v.errors).toEqual([]);
    await v.close();
  });

  it.each([
    ["a JSON array", "?q=%5B%22a%22%5D"],
    ["a JSON object", "?q=%7B%7D"],
    ["two queries", "?q=a&q=b"],
    ["a negative page", "?page=-1"],
    ["a huge page", "?page=1e9"],
    ["impossible dates", "?q=%E5%8D%AB%E7%94%9F&from=2022-13-45&to=2021-02-29"],
  ])("%s on the search page: a search page, no error", async (_, query) => {
    const v = await visit(site, `search/${query}`);
    expect(await v.h1()).toMatch(/^搜索/u);
    expect(v.errors).toEqual([]);
    await v.close();
  });
});

describe("a page's file served at another URL", () => {
  let host: Host;
  beforeAll(async () => {
    host = await serveAs("nginx", DIST);
  });
  afterAll(async () => host?.close());

  // nginx decodes %2F and serves tags/人物/宋磊/index.html for 宋磊%2F: the app must not hydrate 宋磊's markup as 宋磊/.
  it("is rendered for its own URL, not hydrated with another's params", async () => {
    const v = await visit({ browser: site.browser, url: host.url }, "tags/%E4%BA%BA%E7%89%A9/%E5%AE%8B%E7%A3%8A%2F/");
    expect(v.status).toBe(200);
    await v.page.getByText("档案里没有这个标签。").waitFor();
    expect(await v.h1()).toBe("人物：宋磊/");
    expect(v.errors).toEqual([]);
    await v.close();
  });
});

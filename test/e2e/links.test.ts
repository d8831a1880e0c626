import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build as viteBuild, preview, type PreviewServer } from "vite";
import { buildContent, type ContentBuild } from "../../src/loader/build";
import { contentDir, SEEDS } from "../loader/content-dir";
import { siteUrls } from "../../src/loader/site/html";
import { launch, openPage, ROOT, type Site } from "./browser";

const HEADLINE = "市领导来我区调研";
const CORRECTED = "副市长左文来我区调研指导工作";
const NEW_ID = "gxq-20210526";

const urlOf = (b: ContentBuild, pick: (title: string, order: number) => boolean, source: string) => {
  const f = b.issues.find((i) => i.issue.source === source)!;
  const a = f.articles.find((x) => pick(x.title, x.order))!;
  return { url: `/issues/${f.issue.id}/${a.id}`, title: a.title, issue: `/issues/${f.issue.id}` };
};

// A site built once, then edited as an editor would: a headline corrected, an issue given a new id in the manifest.
const site = {} as Site;
let server: PreviewServer | undefined;
let corrected: ReturnType<typeof urlOf>;
let renamed: ReturnType<typeof urlOf>;

beforeAll(async () => {
  const root = contentDir({ "manifest.json": readFileSync(join(ROOT, "content", "manifest.json")) });
  const before = buildContent(root);
  corrected = urlOf(before, (t) => t === HEADLINE, SEEDS[0]);
  renamed = urlOf(before, (_t, order) => order === 2, SEEDS[1]);
  const seed = join(root, "issues", SEEDS[0]);
  writeFileSync(seed, readFileSync(seed, "utf8").replace(`${HEADLINE}\n`, `${CORRECTED}\n`));
  const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
  manifest.issues[SEEDS[1]].id = NEW_ID;
  writeFileSync(join(root, "manifest.json"), JSON.stringify(manifest));
  const out = mkdtempSync(join(tmpdir(), "kanbao-links-"));
  process.env.KANBAO_CONTENT = root;
  try {
    await viteBuild({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), build: { outDir: out, emptyOutDir: true }, logLevel: "error" });
  } finally {
    delete process.env.KANBAO_CONTENT;
  }
  server = await preview({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    build: { outDir: out },
    preview: { port: 0, host: "127.0.0.1" },
    logLevel: "silent",
  });
  site.url = server.resolvedUrls!.local[0];
  site.browser = await launch();
});

afterAll(async () => {
  await site.browser?.close();
  await server?.close();
});

describe("links never break, in Chromium", () => {
  it("the old URL of an article whose headline was corrected opens it, with the new headline", async () => {
    const { page, errors } = await openPage(site, corrected.url);
    await page.getByRole("heading", { level: 1, name: CORRECTED }).waitFor();
    expect(new URL(page.url()).pathname).toBe(corrected.url);
    expect(await page.getByText("本报讯 7月26日，副市长左文来我区调研。", { exact: false }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("an article URL of an issue whose id changed leads to the article, keeping the paragraph link", async () => {
    const { page, errors } = await openPage(site, `${renamed.url}#p2`);
    await page.getByRole("heading", { level: 1, name: renamed.title }).waitFor();
    const now = new URL(page.url());
    expect(now.pathname).toBe(`/issues/${NEW_ID}/${renamed.url.split("/")[3]}/`);
    expect(now.hash).toBe("#p2");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("without JavaScript too: the redirect page sends the reader on and names the new page as canonical", async () => {
    const { page } = await openPage(site, renamed.issue, { javaScriptEnabled: false });
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/issues/${NEW_ID}/`);
    await page.getByRole("link", { name: renamed.title }).first().waitFor();
    await page.goto(new URL(renamed.url, site.url).href, { waitUntil: "commit" });
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/issues/${NEW_ID}/${renamed.url.split("/")[3]}/`);
    await page.context().close();
    const raw = await fetch(new URL(renamed.url, site.url)).then((r) => r.text());
    expect(raw).toContain(`<link rel="canonical" href="${siteUrls().origin}/issues/${NEW_ID}/${renamed.url.split("/")[3]}/" />`);
    expect(raw).toContain('<meta name="robots" content="noindex" />');
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build as viteBuild, preview, type PreviewServer } from "vite";
import { AxeBuilder } from "@axe-core/playwright";
import { ROOT, appReady, launch, watchErrors } from "./browser";
import type { Browser } from "playwright-core";

// One export of 80 long articles in one issue: far past the size at which an issue is split into parts.
const ARTICLES = 80;
const paragraph = (k: number, j: number) =>
  `第${k}篇第${j}段：区里召开专题会议，研究部署重点项目建设、城市更新和民生实事，要求各部门压实责任、加快进度、确保质量。`;

let server: PreviewServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  const content = mkdtempSync(join(tmpdir(), "kanbao-huge-"));
  mkdirSync(join(content, "issues", "甲报"), { recursive: true });
  const records = Array.from({ length: ARTICLES }, (_, i) => ({
    id: `a${i + 1}`,
    title: `第${i + 1}篇报道的标题`,
    body: Array.from({ length: 20 }, (_, j) => paragraph(i + 1, j + 1)).join("\n"),
    date: "2024-03-01",
    issue: "jia-20240301",
    position: i + 1,
  }));
  writeFileSync(join(content, "issues", "甲报", "2024-03.jsonl"), records.map((r) => JSON.stringify(r)).join("\n"));
  const out = mkdtempSync(join(tmpdir(), "kanbao-huge-dist-"));
  process.env.KANBAO_CONTENT = content;
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
  url = server.resolvedUrls!.local[0];
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a huge issue in Chromium", () => {
  it("its contents come from the heads alone; one article fetches one part of it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(decodeURIComponent(new URL(r.url()).pathname)));
    await page.goto(new URL("issues/jia-20240301", url).href);
    await appReady(page);
    const toc = page.getByRole("list", { name: "本期目录" });
    expect(await toc.getByRole("link").count()).toBe(ARTICLES);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const parts = () => requests.filter((r) => r.startsWith("/data/issues/jia-20240301/"));
    expect(parts()).toEqual([]);
    await toc.getByRole("link", { name: "第50篇报道的标题" }).click();
    await page.getByRole("heading", { level: 1, name: "第50篇报道的标题" }).waitFor();
    await page.getByText(paragraph(50, 20)).waitFor();
    expect(parts()).toHaveLength(1);
    // The next article is in the same part or the next one: at most one more file.
    await page.getByRole("link", { name: /下一篇/ }).click();
    await page.getByRole("heading", { level: 1, name: "第51篇报道的标题" }).waitFor();
    expect(parts().length).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});

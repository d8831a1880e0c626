import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { ARTIFACTS, launch, ROOT, watchErrors } from "./browser";

const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const PROOF = join(ROOT, "src", "loader", "cli", "proof.ts");

// A photo story with no byline under its headline and no blank line that sets it apart:
// the splitter doubts the headline line.
const ISSUE = [
  "区领导调研防汛工作",
  "",
  "本报讯 7月20日，区领导调研防汛工作，要求压实责任。",
  "",
  "调研中，区领导一行查看了<b>河道</b>清淤情况。",
  "",
  "荷花盛开引客来",
  "",
  "连日来，微山湖万亩荷花竞相绽放，吸引众多游客前来观赏。",
  "",
  "（记者 李森 摄）",
].join("\n");

describe("npm run proof -- FILE: the raw lines beside the split, in Chromium", () => {
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    const dir = join(ARTIFACTS, "proof");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "issue.txt");
    writeFileSync(file, ISSUE);
    const out = execFileSync(TSX, [PROOF, file, "--out", join(dir, "issue.html")], { encoding: "utf8" }).trim();
    url = pathToFileURL(out).href;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows every line with its number and label, the articles, and marks the doubt with the reading that came close", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.getByRole("heading", { level: 1, name: /校样 proof: issue\.txt/u }).waitFor();
    const raw = page.getByRole("region", { name: "原文与标注 (lines and labels)" });
    const row = (n: number) => raw.getByRole("row").filter({ has: page.getByRole("cell", { name: String(n), exact: true }) });
    await expect.poll(() => row(1).textContent()).toContain("主题 title");
    expect(await row(3).textContent()).toContain("段首 paragraph");
    expect(await row(11).textContent()).toContain("署名 credit");
    // The headline line of the photo story carries a doubt: read as a title, perhaps a paragraph.
    expect(await row(7).textContent()).toContain("主题 title");
    expect(await row(7).textContent()).toMatch(/？.*或为 段首 paragraph/u);
    const split = page.getByRole("region", { name: "拆分结果 (articles)" });
    expect(await split.getByRole("article").count()).toBeGreaterThanOrEqual(1);
    expect(await split.getByRole("heading", { level: 3, name: "区领导调研防汛工作" }).count()).toBe(1);
    // The doubt comes with a correction ready to paste into content/corrections.json.
    const story = split.getByRole("article").filter({ has: page.getByRole("heading", { level: 3, name: "荷花盛开引客来" }) });
    await story.getByText(/处存疑/u).click();
    await story.getByText('{"line":7,"text":"荷花盛开引客来","as":"paragraph"}').waitFor();
    // Text is text: markup in the source stays visible as characters.
    expect(await row(5).textContent()).toContain("查看了<b>河道</b>清淤");
    // A line's article link leads to the article in the split.
    await row(9).getByRole("link").click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#a\d$/u);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

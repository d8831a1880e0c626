import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT, useSite, watchErrors, appReady } from "./browser";

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
    await expect.poll(() => page.getByText("本报讯 7月26日，副市长左文来我区调研。", { exact: false }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("npm start", () => {
  it("the build says what it did in a few lines: the loader's summary, the pages, the files written", async () => {
    const out = mkdtempSync(join(tmpdir(), "kanbao-quiet-"));
    try {
      // The public origin given, as a real deployment would: no warning is due.
      const env = { ...process.env, KANBAO_SITE_URL: "https://news.example.org" };
      const { stdout, stderr } = await promisify(execFile)("npx", ["vite", "build", "--outDir", out, "--emptyOutDir"], { cwd: ROOT, env });
      const lines = `${stdout}${stderr}`.split("\n").filter((l) => l.trim());
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^kanbao: 2 file\(s\) in .*: 2 issue\(s\), 19 article\(s\), 0 problem\(s\)(, \d+ doubt\(s\) in \d file\(s\))?$/,
          ),
          expect.stringMatching(
            /^kanbao: \d+ pages rendered by the app in [\d.]+ s, 404.html, the app shell and \d+ feeds, sitemaps and robots.txt written$/,
          ),
          expect.stringMatching(/^kanbao: \d+ files \([\d.]+ MB\) in .*kanbao-quiet-\w+\/, built in [\d.]+ s$/),
        ]),
      );
      // No wall: no line per file written, no warnings about the config or the plugins' timings.
      expect(lines.filter((l) => / kB\b|configLoader|without a file extension|WARN|PLUGIN_TIMINGS|deprecated/.test(l))).toEqual([]);
      // Three lines, and the files where the splitter doubts most (at most 10 and a line for the rest).
      const doubtLines = lines.filter((l) => l.startsWith("  ? "));
      expect(lines.length - doubtLines.length).toBeLessThanOrEqual(3);
      expect(doubtLines.length).toBeLessThanOrEqual(11);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

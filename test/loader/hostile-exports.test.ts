import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { buildContent, dataFiles } from "../../src/loader/build";
import { feeds, sitemaps } from "../../src/loader/site/feeds";
import { sitePages } from "../../src/loader/site/pages";
import { tagNamesOf } from "../shared/search-helpers";
import { contentDir } from "./content-dir";
import { FIXTURES } from "./helpers";

const hostile = (name: string) => readFileSync(join(FIXTURES, "hostile", name));
const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CONTENT_CLI = join(ROOT, "src", "loader", "cli", "build-content.ts");
// C0/C1 controls (tab, LF, CR aside), lone surrogates, U+FFFE/U+FFFF.
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/u;

describe("export records that are not JSON, lack a title or hold control characters", () => {
  const root = contentDir({ "issues/export.jsonl": hostile("export.jsonl"), "issues/export-array.json": hostile("export-array.json") }, []);
  const build = buildContent(root);
  const lines = build.problems.map((p) => `${p.file}: ${p.reason}`);

  it("are named in the build output: file, line or record, reason", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        "export.jsonl: line 1: control characters removed from title (U+000B); body (U+0001)",
        "export.jsonl: line 2: control characters removed from title (U+D800, U+FFFE); body (U+001B); byline (U+0007)",
        expect.stringMatching(/^export\.jsonl: line 3: not valid JSON at column 2/u),
        "export.jsonl: line 4: title: no title",
        "export.jsonl: line 5: title: no title (only spaces)",
        "export.jsonl: line 6: date: 2024-02-30 is not a day on the calendar: ignored",
        "export.jsonl: line 8: not an object with title and body",
        "export.jsonl: line 9: control characters removed from publication (U+0002)",
        "export-array.json: record 2: title: not a string",
        "export-array.json: record 3: not an object with title and body",
        "export-array.json: record 4: body: no body",
      ]),
    );
    expect(lines).toHaveLength(11);
  });

  it("the good records are built, their text without the control characters, emoji and line ends intact", () => {
    const titles = build.issues.flatMap((f) => f.articles.map((a) => a.title));
    expect(titles).toEqual(
      expect.arrayContaining(["标题里有垂直制表符", "孤立代理项与非字符", "表情 👨‍👩‍👧 与零宽\u200b空格", "多行 标题 不换行", "好记录"]),
    );
    const a7 = build.issues.flatMap((f) => f.articles).find((a) => a.title === "多行 标题 不换行")!;
    expect(a7.paragraphs).toEqual(["Windows 行尾的正文。", "第二段。"]);
    for (const [path, body] of dataFiles(build)) if (typeof body === "string") expect(ILLEGAL.test(body), path).toBe(false);
  });

  it("fail --strict: the content build exits non-zero and names them", () => {
    const r = spawnSync(TSX, [CONTENT_CLI, "--strict", "--out", mkdtempSync(join(tmpdir(), "kanbao-out-"))], {
      encoding: "utf8",
      env: { ...process.env, KANBAO_CONTENT: root },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("✗ export.jsonl: line 4: title: no title");
    expect(r.stderr).toContain("--strict: 11 problem(s)");
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it("never reach the feeds, which stay well-formed XML", async () => {
    const site = { origin: "https://kanbao.example", base: "/" };
    const tags = await tagNamesOf(dataFiles(build));
    const xml = [...feeds(site, build.catalog, build.issues), ...sitemaps(site, sitePages(build, tags).pages)].filter(([p]) =>
      p.endsWith(".xml"),
    );
    expect(xml.map(([p]) => p)).toEqual(expect.arrayContaining(["feed.xml", "sitemap.xml"]));
    for (const [path, body] of xml) {
      expect(ILLEGAL.test(body), path).toBe(false);
      const doc = new JSDOM(body, { contentType: "application/xml" }).window.document;
      expect(doc.getElementsByTagName("parsererror"), path).toHaveLength(0);
    }
    const feed = new JSDOM(xml.find(([p]) => p === "feed.xml")![1], { contentType: "application/xml" }).window.document;
    const entries = [...feed.getElementsByTagName("entry")].map((e) => e.getElementsByTagName("title")[0].textContent);
    expect(entries).toContain("标题里有垂直制表符");
    const content = [...feed.getElementsByTagName("content")].map((c) => c.textContent).join("");
    expect(content).toContain("<p>第二段 ]]&gt; 与 &lt;script&gt;alert(1)&lt;/script&gt; &amp; 符号。</p>");
  });

  it("nor the data files the app renders every page from", () => {
    for (const [path, body] of dataFiles(build)) {
      if (typeof body === "string") expect(ILLEGAL.test(body), path).toBe(false);
    }
  });
});

describe("the feed check can fail", () => {
  it("a title with U+000B is not XML (what the loader prevents)", () => {
    expect(() => new JSDOM("<feed><title>a\u000bb</title></feed>", { contentType: "application/xml" })).toThrow();
  });
});

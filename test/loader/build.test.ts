import { mkdtempSync, mkdirSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContent, dataFiles } from "../../src/loader/build";
import { CONTENT } from "./helpers";
import { contentDir, SEEDS } from "./content-dir";

describe("the bundled content", () => {
  const build = buildContent(CONTENT);

  it("builds both seeds with their manifest metadata and no problem", () => {
    expect(build.problems).toEqual([]);
    expect(build.catalog.issues.map((i) => [i.publication, i.date, i.dateInferred, i.articleCount])).toEqual([
      ["市中区报", "2022-07-27", true, 9],
      ["枣庄高新区报", "2021-05-26", true, 10],
    ]);
    expect(build.catalog.issues[0].leads.map((l) => l.title)).toEqual([
      "市领导来我区调研",
      expect.stringContaining("链长制"),
      "市检察院领导来我区调研",
    ]);
  });

  it("writes a small catalog, one file per issue and the search index, byte-identical on rebuild", () => {
    const a = dataFiles(build);
    const b = dataFiles(buildContent(CONTENT));
    const keys = [...a.keys()];
    expect(keys.filter((k) => !k.startsWith("data/search/"))).toEqual([
      "data/catalog.json",
      "data/catalog/2022-07.json",
      "data/catalog/2021-05.json",
      "data/issues/000_7377606bfa394453.json",
      "data/issues/004_5b522bed40a50bb1.json",
      "data/tag-info/0.json",
    ]);
    expect(keys).toContain("data/search/entry.json");
    expect(keys.filter((k) => /^data\/search\/f\/\d+\./.test(k))).toHaveLength(19);
    expect([...b.entries()]).toEqual([...a.entries()]);
    expect(a.get("data/catalog.json")!.length).toBeLessThan(2000);
  });
});

describe("ids", () => {
  it("are URL-safe, and every earlier article URL still leads to the same article after another issue is added", () => {
    const before = buildContent(contentDir());
    const extra = "另一期报纸的头条\n\n□记者 王明\n\n本报讯 8月1日，区里召开会议。";
    const after = buildContent(contentDir({ "issues/001_new.txt": extra }));
    const urls = (b: typeof before) =>
      new Map(b.issues.flatMap((f) => f.articles.map((a) => [`/issues/${f.issue.id}/${a.id}`, `${a.title}|${a.paragraphs[0]}`] as const)));
    const was = urls(before);
    const now = urls(after);
    for (const [url, article] of was) expect(now.get(url)).toBe(article);
    expect(now.size).toBe(was.size + 1);
    for (const url of now.keys()) expect(url).toMatch(/^\/issues\/[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9_-]*$/);
  });

  it("two files with the same name in different folders, or names differing only in case, get ids from their paths", () => {
    const root = contentDir({}, []);
    mkdirSync(join(root, "issues", "a"));
    mkdirSync(join(root, "issues", "b"));
    const text = "标题\n\n□记者 王明\n\n本报讯 正文。";
    writeFileSync(join(root, "issues", "a", "1.txt"), text);
    writeFileSync(join(root, "issues", "b", "1.txt"), text);
    writeFileSync(join(root, "issues", "Note.txt"), text);
    writeFileSync(join(root, "issues", "note.txt"), text);
    const ids = (b: ReturnType<typeof buildContent>) => Object.fromEntries(b.issues.map((f) => [f.issue.source, f.issue.id]));
    const first = ids(buildContent(root, { saveIds: false }));
    expect(first).toEqual({
      "a/1.txt": "a-1",
      "b/1.txt": "b-1",
      "Note.txt": expect.stringMatching(/^note-[a-z0-9]{6}$/),
      "note.txt": "note",
    });
    expect(ids(buildContent(root))).toEqual(first);
  });
});

describe("bad input: a reason naming the file, the other files still built", () => {
  const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41);
  const root = contentDir({
    "issues/empty.txt": "",
    "issues/photo.txt": Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]),
    "issues/mangled.txt": Uint8Array.from([0xe5, 0xb8, 0x82, 0xff, 0xfe, 0xfd, 0x80]),
    "issues/huge.txt": big,
    "issues/masthead-only.txt": "市中云报APP\n\n幸福微市中微信\n",
    "issues/notes.docx": "x",
  });
  const build = buildContent(root);

  it("lists every bad file with its reason", () => {
    const reasons = Object.fromEntries(build.problems.map((p) => [p.file, p.reason]));
    expect(reasons).toEqual({
      "empty.txt": expect.stringMatching(/empty/),
      "photo.txt": expect.stringMatching(/binary/),
      "mangled.txt": expect.stringMatching(/neither UTF-8 nor GB18030/),
      "huge.txt": expect.stringMatching(/over the 20 MB limit/),
      "masthead-only.txt": expect.stringMatching(/no article/),
      "notes.docx": expect.stringMatching(/not an issue file/),
    });
  });

  it("still builds the good files", () => {
    expect(build.issues.map((f) => f.issue.source).sort()).toEqual(SEEDS);
  });
});

describe("manifest", () => {
  it("gives publication, a full date (not inferred) and edition; a bad manifest names itself", () => {
    const root = contentDir({
      "manifest.json": JSON.stringify({
        issues: { [SEEDS[1]]: { publication: "枣庄高新区报", date: "2021-05-28", edition: "综合新闻", id: "gxq-20210528" } },
      }),
    });
    const f = buildContent(root).issues.find((i) => i.issue.source === SEEDS[1])!;
    expect(f.issue).toMatchObject({
      id: "gxq-20210528",
      publication: "枣庄高新区报",
      date: "2021-05-28",
      dateInferred: false,
      edition: "综合新闻",
    });
    const bad = buildContent(contentDir({ "manifest.json": '{"issues": {"x.txt": {"date": "May 2021"}}}' }));
    expect(bad.problems.map((p) => `${p.file}: ${p.reason}`)).toEqual([
      'manifest.json: issues["x.txt"].date: not a date of the form YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD',
      'manifest.json: issues["x.txt"]: matches no issue file',
    ]);
    expect(bad.issues).toHaveLength(2);
  });
});

describe("CMS exports need no layout parsing", () => {
  it("JSON Lines: one issue per `issue` field, articles in position order, given ids kept", () => {
    const rows = [
      { id: "s-2", title: "第二条", body: "第二段。\n第三段。", date: "2024-03-02", issue: "paper-20240302", position: 2 },
      { id: "s-1", title: "第一条", body: "第一段。", date: "2024-03-02", issue: "paper-20240302", position: 1 },
      { id: "t-1", title: "次日新闻", body: "正文。", date: "2024-03-03", issue: "paper-20240303", position: 1 },
      "not json",
    ];
    const root = contentDir({ "issues/export.jsonl": rows.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n") }, []);
    const build = buildContent(root);
    expect(build.issues.map((f) => [f.issue.id, f.issue.date, f.issue.layout, f.articles.map((a) => a.id)])).toEqual([
      ["paper-20240303", "2024-03-03", "structured", ["t-1"]],
      ["paper-20240302", "2024-03-02", "structured", ["s-1", "s-2"]],
    ]);
    expect(build.issues[1].articles[1].paragraphs).toEqual(["第二段。", "第三段。"]);
    expect(build.issues.flatMap((f) => f.warnings)).toEqual(["line 4: not valid JSON at column 2: unexpected 'o'"]);
    expect(build.problems).toEqual([{ file: "export.jsonl", reason: "line 4: not valid JSON at column 2: unexpected 'o'" }]);
  });

  it("a JSON array export; a record without a title is reported", () => {
    const root = contentDir({ "issues/cms.json": JSON.stringify([{ title: "标题", body: "正文。" }, { body: "无题" }]) }, []);
    const [f] = buildContent(root).issues;
    expect(f.articles.map((a) => a.title)).toEqual(["标题"]);
    expect(f.warnings).toEqual([
      "record 2: title: no title",
      "cms.json: no year in the manifest or the text; the issue is listed as undated (日期不详)",
    ]);
  });
});

describe("KANBAO_CONTENT", () => {
  it("points the build at an archive elsewhere; a folder without issues/ is scanned whole; only the id ledger is written there", async () => {
    const root = mkdtempSync(join(tmpdir(), "kanbao-flat-"));
    writeFileSync(join(root, "a.txt"), "标题\n\n□记者 王明\n\n本报讯 正文。");
    const { contentRoot } = await import("../../src/loader/content");
    expect(contentRoot({ KANBAO_CONTENT: root })).toBe(root);
    expect(contentRoot({})).toBe("content");
    expect(buildContent(contentRoot({ KANBAO_CONTENT: root })).issues).toHaveLength(1);
    expect(readdirSync(root)).toEqual(["a.txt", "ids.jsonl"]);
  });
});

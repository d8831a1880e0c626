import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContent, summary } from "../../src/loader/build";
import { CONTENT, headlineOf } from "./helpers";

const SEED = "000_7377606bfa394453.txt";

/** A content folder with the seed 000 and the given corrections.json. */
function withCorrections(corrections: unknown): string {
  const root = mkdtempSync(join(tmpdir(), "kanbao-corr-"));
  mkdirSync(join(root, "issues"));
  copyFileSync(join(CONTENT, "issues", SEED), join(root, "issues", SEED));
  writeFileSync(join(root, "corrections.json"), typeof corrections === "string" ? corrections : JSON.stringify(corrections));
  return root;
}

describe("content/corrections.json: an editor fixes a split without code", () => {
  const plain = buildContent(withCorrections({ corrections: {} })).issues[0];

  it("merges two articles: the second headline's lines become paragraphs of the first", () => {
    const b = buildContent(
      withCorrections({
        corrections: {
          [SEED]: [
            { line: 105, text: "政府西游园开园啦", as: "paragraph" },
            { line: 107, text: "家门口的幸福", as: "paragraph" },
          ],
        },
      }),
    );
    expect(b.problems).toEqual([]);
    const f = b.issues[0];
    expect(f.articles).toHaveLength(plain.articles.length - 1);
    const last = f.articles.at(-1)!;
    expect(last.title).toBe("全国文明城市创建工作推进会议召开");
    expect(last.paragraphs).toContain("政府西游园开园啦!");
    expect(last.paragraphs.at(-1)).toMatch(/^据了解，政府西游园/u);
  });

  it("splits an article: a line given the title role starts a new article there", () => {
    const f = buildContent(withCorrections({ corrections: { [SEED]: [{ line: 55, text: "宋磊首先介绍了", as: "title" }] } })).issues[0];
    expect(f.articles).toHaveLength(plain.articles.length + 1);
    const k = f.articles.findIndex((a) => a.title.startsWith("宋磊首先介绍了"));
    expect(k).toBeGreaterThan(0);
    expect(f.articles[k - 1].paragraphs).toHaveLength(1);
  });

  it("moves a line between headline and body, sets a byline and marks noise", () => {
    const f = buildContent(
      withCorrections({
        corrections: {
          [SEED]: [
            { line: 13, byline: "记者 程修建 通讯员 王五" },
            { line: 105, text: "政府西游园开园啦", as: "title" },
            { line: 107, text: "家门口的幸福", as: "paragraph" },
            { line: 115, text: "(记者 李森", as: "noise" },
          ],
        },
      }),
    ).issues[0];
    expect(f.articles[0].byline).toBe("记者 程修建 通讯员 王五");
    expect(f.articles[0].authors).toEqual(expect.arrayContaining(["程修建", "王五"]));
    const photo = f.articles.at(-1)!;
    expect(headlineOf(photo)).toEqual(["政府西游园开园啦!"]);
    expect(photo.paragraphs[0]).toBe("家门口的幸福 让城市居民“推窗见绿、推门见景”");
    expect(photo.byline).toBeNull();
    expect(f.noise).toContain("(记者 李森 通讯员 薛开元 摄)");
  });

  it("an article's id does not move when only its byline is corrected", () => {
    const f = buildContent(withCorrections({ corrections: { [SEED]: [{ line: 13, byline: "记者 程 修建" }] } })).issues[0];
    expect(f.articles.map((a) => a.id)).toEqual(plain.articles.map((a) => a.id));
  });

  it("names the file, line and reason of a correction that no longer applies, and fails --strict", () => {
    const b = buildContent(
      withCorrections({
        corrections: {
          [SEED]: [
            { line: 11, text: "市领导到我区视察", as: "title" },
            { line: 12, as: "title" },
          ],
          "gone.txt": [{ line: 1, as: "noise" }],
        },
      }),
    );
    expect(b.problems).toEqual([
      {
        file: "corrections.json",
        reason: `${SEED}: correction line 11: the line now reads “市领导来我区调研”, not “市领导到我区视察”; correction not applied`,
      },
      { file: "corrections.json", reason: `${SEED}: correction line 12: the file has no text on that line; correction not applied` },
      { file: "corrections.json", reason: "gone.txt: no such issue file; its corrections were not applied" },
    ]);
    expect(summary(b)).toContain(`✗ corrections.json: ${SEED}: correction line 11`);
    // The issue is built all the same, without the stale corrections.
    expect(b.issues[0].articles.map((a) => a.title)).toEqual(plain.articles.map((a) => a.title));
  });

  it("follows a line that moved: the text names it where the number no longer does", () => {
    const f = buildContent(withCorrections({ corrections: { [SEED]: [{ line: 100, text: "政府西游园开园啦", as: "paragraph" }] } }))
      .issues[0];
    expect(f.articles.some((a) => a.paragraphs.includes("政府西游园开园啦!"))).toBe(true);
  });

  it("a corrections file that is not valid is one problem with the reason; the build goes on", () => {
    const bad = buildContent(withCorrections({ corrections: { [SEED]: [{ line: 3, as: "headline" }] } }));
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0].file).toBe("corrections.json");
    expect(bad.problems[0].reason).toMatch(/not a valid corrections file/u);
    expect(bad.issues).toHaveLength(1);
    const broken = buildContent(withCorrections("{ not json"));
    expect(broken.problems[0].reason).toMatch(/not a valid corrections file/u);
  });
});

describe("doubts: the build counts them per file; they are no problem", () => {
  it("lists the files with doubts and their kinds, with no problem for --strict", () => {
    const root = withCorrections({ corrections: {} });
    writeFileSync(
      join(root, "issues", "photo.txt"),
      [
        "区领导调研防汛工作",
        "",
        "本报讯 7月20日，区领导调研防汛工作，要求压实责任。",
        "",
        "荷花盛开引客来",
        "",
        "连日来，微山湖万亩荷花竞相绽放。",
        "",
        "（记者 李森 摄）",
      ].join("\n"),
    );
    const b = buildContent(root);
    expect(b.problems).toEqual([]);
    const doubts = b.issues.find((f) => f.issue.source === "photo.txt")!.articles.flatMap((a) => a.doubts);
    expect(doubts.length).toBeGreaterThan(0);
    expect(doubts[0]).toMatchObject({ kind: expect.stringMatching(/^(boundary|headline|paragraph|byline)$/u), line: expect.any(Number) });
    expect(doubts[0].reading).not.toBe(doubts[0].alternative);
    expect(summary(b)).toMatch(new RegExp(`\\? photo\\.txt: ${doubts.length} doubt\\(s\\) \\(`, "u"));
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContent, summary } from "../../src/loader/build";
import { parseJson } from "../../src/loader/config-file";
import { contentDir, issueText } from "./content-dir";
import { FIXTURES } from "./helpers";

const hostile = (name: string) => readFileSync(join(FIXTURES, "hostile", name), "utf8");
const text = issueText("区里召开卫生城市创建会议", "本报讯 7月26日，区里召开卫生城市创建会议。会议强调，卫生城市创建要抓实。");
const issues = Object.fromEntries(["good", "month", "feb", "badform", "ctl", "id"].map((n) => [`issues/${n}.txt`, text]));
const lines = (b: ReturnType<typeof buildContent>) => b.problems.map((p) => `${p.warning ? "!" : "✗"} ${p.file}: ${p.reason}`);

describe("manifest.json", () => {
  const build = buildContent(contentDir({ ...issues, "manifest.json": hostile("manifest.json") }, []));

  it("names the file and the JSON path of each bad value in one line; the good values are used", () => {
    expect(lines(build)).toEqual([
      "✗ manifest.json: defaults.colour: unknown key (expected publication, edition)",
      '! manifest.json: issues["month.txt"].date: 2022-13-45 has no month 13: ignored',
      '! manifest.json: issues["feb.txt"].date: 2022-02-30 is not a day on the calendar: ignored',
      '✗ manifest.json: issues["badform.txt"].date: not a date of the form YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD',
      '✗ manifest.json: issues["ctl.txt"].publication: holds control characters',
      '✗ manifest.json: issues["id.txt"].id: not a URL-safe id',
      "✗ manifest.json: extra: unknown key (expected defaults, issues)",
      '! manifest.json: issues["missing.txt"]: matches no issue file',
      '! manifest.json: issues["GOOD.TXT"]: matches no issue file (there is good.txt: names are case-sensitive)',
    ]);
    const by = Object.fromEntries(build.issues.map((f) => [f.issue.source, f.issue]));
    expect(by["good.txt"]).toMatchObject({ publication: "测试报", date: "2022-07-26", dateInferred: false, edition: "要闻" });
    expect(by["feb.txt"]).toMatchObject({ publication: "二月报", date: "--07-26", dateInferred: true });
    expect(by["ctl.txt"].publication).toBe("测试报");
    expect(by["id.txt"].id).toBe("id");
  });

  it("impossible dates and keys that match no file are warnings: the build goes on, --strict fails", () => {
    const onlyWarnings = buildContent(
      contentDir(
        { "issues/a.txt": text, "manifest.json": JSON.stringify({ issues: { "a.txt": { date: "2022-02-30" }, "b.txt": {} } }) },
        [],
      ),
    );
    expect(onlyWarnings.issues).toHaveLength(1);
    expect(onlyWarnings.problems.every((p) => p.warning)).toBe(true);
    expect(onlyWarnings.problems).toHaveLength(2);
    expect(summary(onlyWarnings)).toContain("2 problem(s)");
  });

  it("invalid JSON: line and column, no stack trace, and the issues still build", () => {
    const b = buildContent(
      contentDir({ "issues/a.txt": text, "manifest.json": '{\n  "issues": {\n    "a.txt": { "date": "2022-01-01", }\n  }\n}' }, []),
    );
    expect(lines(b)).toEqual(["✗ manifest.json: not valid JSON at line 3, column 38: expected double-quoted property name"]);
    expect(b.issues).toHaveLength(1);
    expect(summary(b)).not.toMatch(/\n\s+at /u);
  });

  it("matches file names written in another Unicode normal form (NFD from macOS)", () => {
    const nfc = "issues/报纸.txt";
    const b = buildContent(
      contentDir(
        { [nfc]: text, "manifest.json": JSON.stringify({ issues: { ["报纸.txt".normalize("NFD")]: { date: "2020-01-02" } } }) },
        [],
      ),
    );
    expect(b.problems).toEqual([]);
    expect(b.issues[0].issue.date).toBe("2020-01-02");
  });
});

describe("topics.json", () => {
  it("names each bad topic by its JSON path, leaves it out, and uses the others", () => {
    const b = buildContent(contentDir({ "issues/a.txt": text, "topics.json": hostile("topics.json") }, []));
    expect(lines(b)).toEqual([
      "✗ topics.json: version: unknown key (expected topics)",
      "✗ topics.json: topics[1].keywords[0]: a keyword has at least two characters",
      "✗ topics.json: topics[2].name: holds control characters",
      "✗ topics.json: topics[3].keywords: Too small: expected array to have >=1 items",
      '✗ topics.json: topics[3]: Unrecognized key: "colour"',
    ]);
    expect(b.issues[0].articles[0].tags.topics).toEqual(["卫生城市"]);
  });

  it("invalid JSON is one line and the build goes on without topics", () => {
    const b = buildContent(contentDir({ "issues/a.txt": text, "topics.json": '{"topics": [' }, []));
    expect(lines(b)).toEqual(["✗ topics.json: not valid JSON at line 1, column 13: it ends early"]);
    expect(b.issues[0].articles[0].tags.topics).toEqual([]);
  });
});

describe("JSON errors say where", () => {
  it.each([
    ['{"a": }', "not valid JSON at line 1, column 7: unexpected '}'"],
    ["[1 2]", "not valid JSON at line 1, column 4: expected ',' or ']' after array element"],
    ["{\n\n  x", "not valid JSON at line 3, column 3: expected property name or '}'"],
    ["", "empty, not JSON"],
  ])("%j", (input, error) => {
    expect(parseJson(input)).toEqual({ error });
  });
});

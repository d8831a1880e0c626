import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContent } from "../../src/loader/build";
import { markRanges } from "../../src/shared/search/highlight";
import { contentDir } from "./content-dir";
import { FIXTURES, parseFile } from "./helpers";
import { memoryEngine } from "../shared/search-helpers";

const FIXTURE = join(FIXTURES, "hostile", "zero-width.txt");

describe("zero-width characters in raw text", () => {
  const parsed = parseFile(FIXTURE);
  const [first, second] = parsed.articles;

  it("stay in the article, ZWJ emoji whole; a line holding only them is a blank line", () => {
    expect(parsed.articles).toHaveLength(2);
    expect(first.title).toBe("零宽\u200b字符的标题");
    expect(first.byline).toBe("记者 王明");
    expect(first.paragraphs.join("")).toContain("高\u200b新区召开会议\u2060，一家人👨\u200d👩\u200d👧来了，\u200c非连接符也在。");
    expect(first.paragraphs.join("")).toContain("会议\ufeff强调");
    expect(second.title).toBe("第二篇文章");
    expect(parsed.noise).toEqual([]);
  });

  it("do not stop a search: 高新区 finds 高\u200b新区 and marks it", async () => {
    const build = buildContent(contentDir({ "issues/zw.txt": readFileSync(FIXTURE) }, []));
    const { engine } = memoryEngine(build.issues);
    const r = await engine.search("高新区");
    expect(r.total).toBe(1);
    expect((await engine.search("一家人👨‍👩‍👧")).total).toBe(1);
    const text = build.issues[0].articles[0].paragraphs[0];
    const [[start, end]] = markRanges(text, r.terms);
    expect(text.slice(start, end)).toBe("高\u200b新区");
  });

  it("do not hide a byline or a headline from the splitter: features read the line without them", () => {
    const text =
      "会议纪要\n\n\u200b□记者 王明\n\n本报讯 7月1日，区里召开会议。\n\n区里开展\u2060安全检查\n\n□记者 李\u200b四\n\n本报讯 7月2日，区里开展安全检查。\n";
    const { articles } = buildContent(contentDir({ "issues/zw2.txt": text }, []), { saveIds: false }).issues[0];
    expect(articles.map((a) => [a.title, a.byline])).toEqual([
      ["会议纪要", "\u200b记者 王明"],
      ["区里开展\u2060安全检查", "记者 李\u200b四"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { parseText, type ParsedText } from "../../../src/loader/parse-text";
import { personNames } from "../../../src/loader/split/shapes";

// Credits as local papers print them after the text (see ../shared/local-news/README.md):
// a role glued to the name, a colon after the role, a camera credit with no role.
describe("credits closing a story", () => {
  const story = (last: string) =>
    parseText(
      [
        "复工生产忙",
        "",
        "在做好疫情防控工作的前提下，宏泰公司全面开启复工复产模式，生产车间里一派繁忙景象。",
        "",
        `据了解，宏泰公司一季度共接到1000多台专用车订单，现在正加班加点抢工期。${last}`,
        "",
        "春联下乡乐了村民",
        "",
        "□记者 林玉杏",
        "",
        "本报讯 春节临近，市书法家协会的书法家们来到村里，为村民义写春联。",
      ].join("\n"),
    ).articles[0];

  it.each([
    ["李 源 摄", "李 源 摄"],
    ["新天水记者孙镇", "新天水记者孙镇"],
    ["记者：王沛", "记者：王沛"],
    [" 朱云平 摄影报道", "朱云平 摄影报道"],
    // An evening paper's tip-off credit after the story's: one credit line, as printed.
    [" 首席记者 徐富盈 文/图 线索提供 吴俊成（稿费30元）", "首席记者 徐富盈 文/图 线索提供 吴俊成（稿费30元）"],
  ])("…抢工期。%s: the credit is the byline, the paragraph ends at the sentence", (tail, byline) => {
    const a = story(tail);
    expect(a.byline).toBe(byline);
    expect(a.paragraphs.at(-1)).toBe("据了解，宏泰公司一季度共接到1000多台专用车订单，现在正加班加点抢工期。");
  });

  it("a sentence that ends in words of a credit's shape stays text", () => {
    const a = story("记者了解到");
    expect(a.byline).toBeNull();
    expect(a.paragraphs.at(-1)).toMatch(/记者了解到$/u);
  });

  const bodyFirst = (credit: string) =>
    [
      "在做好疫情防控工作的前提下，宏泰公司全面开启复工复产模式，生产车间里一派繁忙景象。",
      "据了解，宏泰公司一季度共接到1000多台专用车订单，现在正加班加点抢工期。",
      credit,
      "",
      "复工生产忙",
      "",
      "近日，锦屏县组织党员干部深入田间地头，帮助群众抢收稻谷，避免了农民的损失。",
      "（杨帆）",
      "",
      "党员干部帮助群众抢收稻谷",
    ].join("\n");
  const heads = (p: ParsedText) => p.articles.map((a) => [a.kicker, a.title, a.byline]);

  it("body first: a camera credit in brackets above the headline closes the story above it", () => {
    expect(heads(parseText(bodyFirst("（李 源 摄）")))).toEqual([
      [null, "复工生产忙", "李 源 摄"],
      [null, "党员干部帮助群众抢收稻谷", "杨帆"],
    ]);
  });

  it("body first: a bare name above the headline, read as a headline, is made the credit by one correction", () => {
    // Known limit: a name alone could be a profile's headline, and here the model reads it so
    // (the name model tips the line towards a credit, the headline after it tips it back).
    const p = parseText(bodyFirst("罗永柒"), { corrections: [{ line: 3, text: "罗永柒", as: "credit" }] });
    expect(heads(p)).toEqual([
      [null, "复工生产忙", "罗永柒"],
      [null, "党员干部帮助群众抢收稻谷", "杨帆"],
    ]);
  });
});

describe("personNames: a surname and one or two given characters, nothing else", () => {
  it.each([
    ["罗永柒", true],
    ["李 源", true],
    ["张文 胡乐才", true],
    ["欧阳晓明", true],
    ["孙镇", true],
    ["丽都社区", false],
    ["要闻", false],
    ["社会新闻", false],
    ["王家村", false],
  ])("%s → %s", (text, want) => expect(personNames(text)).toBe(want));
});

import { describe, expect, it } from "vitest";
import { authorsOf, extractTags } from "../../src/loader/tags/index";

describe("authors from every credit form", () => {
  it.each([
    ["记者 江秋悦 周邦静 摄影报道", ["江秋悦", "周邦静"]],
    ["本报讯(见习记者 陈博琳 记者 于芯 刘鹰)", ["陈博琳", "于芯", "刘鹰"]],
    ["□全媒体记者 王建成 文/图", ["王建成"]],
    ["新天水·天水日报记者\n李旺旺 摄", ["李旺旺"]],
    ["株洲晚报融媒体记者/谢慧 (图/文)", ["谢慧"]],
    ["本报讯(潍坊日报社全媒体记者 王路欣)", ["王路欣"]],
    ["本报讯 于雅楠 记者白惠娟报道", ["于雅楠", "白惠娟"]],
    ["(邓  斌)", ["邓  斌"]],
    ["记者 陈 司 通讯员 宋永亮 摄影报道", ["陈 司", "宋永亮"]],
    ["作者:全媒体记者 覃林薇", ["覃林薇"]],
    ["新乡日报全媒体记者李青春摄", ["李青春"]],
    // The tip-off's provider gave the story and did not write it.
    ["首席记者 徐富盈 文/图 线索提供 吴俊成（稿费30元）", ["徐富盈"]],
  ])("%s", (byline, want) => {
    expect(authorsOf(byline)).toEqual(want);
  });

  it("credits inside the first paragraph and in captions; a paper or media centre is never an author", () => {
    expect(
      authorsOf(null, ["茂名晚报讯 记者黄楚凡台风过后，市民出行。", "金坪乡袁都村，村民忙着采摘。记者 王忠虎 摄", "活动结束。(刘青云)"]),
    ).toEqual(["黄楚凡", "王忠虎", "刘青云"]);
    expect(authorsOf("光明新闻记者 熊丹丹 通讯员 曾晋光")).toEqual(["熊丹丹", "曾晋光"]);
    expect(authorsOf("甘州区融媒体中心")).toEqual([]);
  });

  it("a lead credit after a photo's caption opens its paragraph, not the first: its names are authors, no people", () => {
    const paragraphs = ["图为志愿者为老人理发。 张润林 摄", "保定晚报讯(记者霍若明 通讯员张润林)近日，志愿者走进社区。"];
    expect(authorsOf(null, paragraphs)).toEqual(["张润林", "霍若明"]);
    expect(extractTags({ kicker: null, title: "标题", subtitle: null, byline: null, paragraphs }, { topics: [] }).people).toEqual([]);
  });
});

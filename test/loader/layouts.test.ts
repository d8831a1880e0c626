import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/loader/parse-text";
import { FIXTURES, headlineOf, parseFile } from "./helpers";

const fixture = (name: string) => parseFile(join(FIXTURES, "layouts", name));

describe("layout C: paragraphs marked by a full-width indent", () => {
  it("headline first with □ bylines and a kicker", () => {
    const p = fixture("c-indent-headline-first.txt");
    expect(p.layout.layout).toBe("C");
    expect(p.articles.map(headlineOf)).toEqual([["区召开安全生产工作会议"], ["守护一方平安", "光明路街道开展消防演练"]]);
    expect(p.articles.map((a) => a.byline)).toEqual(["记者 张明", "通讯员 李华"]);
    expect(p.articles[0].paragraphs).toHaveLength(3);
    expect(p.articles[1].paragraphs[1]).toBe("演练中，消防员现场讲解灭火器使用方法，居民们积极参与。");
  });

  it("body first and hard-wrapped: unindented lines continue, bylines glued or alone", () => {
    const p = fixture("c-indent-wrapped.txt");
    expect(p.articles.map(headlineOf)).toEqual([["孟庄镇推进乡村振兴工作"], ["永安镇评选“文明家庭”"]]);
    expect(p.articles.map((a) => a.byline)).toEqual(["王磊", "赵丽 摄影报道"]);
    expect(p.articles[0].paragraphs).toEqual([
      "近日，孟庄镇召开乡村振兴工作推进会，对下一步工作进行安排部署。镇党委书记出席会议并讲话。",
      "会议强调，要聚焦产业发展，加快推进特色农业项目建设，带动群众增收致富。",
    ]);
    expect(p.articles[1].paragraphs[0]).toBe("6月5日，永安镇组织开展“文明家庭”评选活动。");
  });
});

describe("layout A variants", () => {
  it("an article opened by 本报讯 without a byline, and a photo story closed by its credit", () => {
    const p = parseText(
      [
        "区领导调研防汛工作",
        "",
        "本报讯 7月20日，区领导调研防汛工作，要求压实责任。",
        "",
        "调研中，区领导一行查看了河道清淤情况。",
        "",
        "荷花盛开引客来",
        "",
        "连日来，微山湖万亩荷花竞相绽放，吸引众多游客前来观赏。",
        "",
        "（记者 李森 摄）",
      ].join("\n"),
    );
    expect(p.layout.layout).toBe("A");
    expect(p.articles.map(headlineOf)).toEqual([["区领导调研防汛工作"], ["荷花盛开引客来"]]);
    expect(p.articles.map((a) => a.byline)).toEqual([null, "记者 李森 摄"]);
    expect(p.articles[0].paragraphs).toHaveLength(2);
  });

  it("a column break inside a sentence is mended; a page mark between paragraphs goes to noise", () => {
    const p = parseText(
      ["区召开会议", "", "□记者 王明", "", "本报讯 会议要求，要进一步提高认识，着力打", "", "造特色亮点。", "", "第2版", "", "会议强调，要抓好落实。"].join("\n"),
    );
    expect(p.articles[0].paragraphs).toEqual(["本报讯 会议要求，要进一步提高认识，着力打造特色亮点。", "会议强调，要抓好落实。"]);
    expect(p.noise).toEqual(["第2版"]);
  });
});

describe("layout B variants", () => {
  const issue = [
    "近日，高新区召开项目建设推进会议，区党工委委员",
    "出席会议并讲话。会议对下一步工作进行了安排部署，",
    "要求各部门加快推进项目建设，确保早日投产达效。",
    "",
    "会议强调，要紧盯项目建设，全力靠上，加快推进",
    "工程进度。要坚持高标准规划、高质量建设，严把工",
    "程质量关。",
    "（张文 胡乐才）",
    "",
    "聚焦项目建设",
    "高新区召开项目建设推进会议",
    "",
    "5月20日，兴城街道开展环境整治行动，出动执",
    "法人员60余人次，清理乱堆乱放30余处。",
    "",
    "（李轩 摄影报道）",
    "",
    "兴城街道开展",
    "环境整治行动",
  ].join("\n");

  it("a short last line ends its paragraph; kicker + title; a title wrapped over two lines is one title", () => {
    const p = parseText(issue);
    expect(p.layout.layout).toBe("B");
    expect(p.articles.map(headlineOf)).toEqual([["聚焦项目建设", "高新区召开项目建设推进会议"], ["兴城街道开展环境整治行动"]]);
    expect(p.articles[0]).toMatchObject({ kicker: "聚焦项目建设", title: "高新区召开项目建设推进会议" });
    expect(p.articles.map((a) => a.byline)).toEqual(["张文 胡乐才", "李轩 摄影报道"]);
    expect(p.articles[0].paragraphs).toHaveLength(2);
    expect(p.articles[1].paragraphs).toEqual(["5月20日，兴城街道开展环境整治行动，出动执法人员60余人次，清理乱堆乱放30余处。"]);
  });

  it("wrapped Latin words keep their space, Chinese joins without one", () => {
    const p = parseText(["推动固态锂电池、飞秒激光、Micro", "OLED、光纤棒、吉利HEV", "动力电池等项目落地见效。 （刘亚）", "", "高新区项目建设提速"].join("\n"));
    expect(p.articles[0].paragraphs).toEqual(["推动固态锂电池、飞秒激光、Micro OLED、光纤棒、吉利HEV动力电池等项目落地见效。"]);
  });
});

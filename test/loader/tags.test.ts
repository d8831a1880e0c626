import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractTags, authorsOf } from "../../src/loader/tags/index";
import { loadTaxonomy } from "../../src/loader/tags/topics";
import { CONTENT, FIXTURES } from "./helpers";

const truth = JSON.parse(readFileSync(join(FIXTURES, "truth.json"), "utf8"));
const labels = JSON.parse(readFileSync(join(FIXTURES, "seed-entities.json"), "utf8"));
const taxonomy = loadTaxonomy(CONTENT);
const article = (file: string, i: number) => {
  const a = truth[file].articles[i];
  return { kicker: null, title: a.headline.join("\n"), subtitle: null, byline: a.byline, paragraphs: a.paragraphs };
};
const tagsOf = (text: string, byline: string | null = null) =>
  extractTags({ kicker: null, title: "标题", subtitle: null, byline, paragraphs: [text] }, taxonomy);

interface Label {
  file: string;
  index: number;
  title: string;
  people: string[];
  places: string[];
  organisations: string[];
}

describe("tags of the seeds against the hand labels", () => {
  it.each((labels.articles as Label[]).map((l) => [l.file.slice(0, 3), l.index, l.title, l] as [string, number, string, Label]))(
    "%s #%i %s: people and places exactly, organisations without a wrong one",
    (_f, _i, _t, l) => {
      const t = extractTags(article(l.file, l.index), taxonomy);
      expect(t.people).toEqual(l.people);
      expect(t.places).toEqual(l.places);
      for (const o of t.orgs) expect(l.organisations).toContain(o);
    },
  );
});

describe("tricky cases", () => {
  it("2- and 3-character names after titles and in lists; reporters are authors, not people", () => {
    const t = tagsOf("副市长左文来我区调研，区委常委、副区长于义杰陪同。区领导韩耀辉、邓兴、张忠良参加活动。", "记者 程修建");
    expect(t.people).toEqual(["左文", "于义杰", "韩耀辉", "邓兴", "张忠良"]);
    expect(authorsOf("记者 王乐平 通讯员 寇新")).toEqual(["王乐平", "寇新"]);
    expect(authorsOf("孟潇 摄影报道")).toEqual(["孟潇"]);
  });

  it("a name must be a name: a verb after a title is not one, nor a name inside a book title", () => {
    expect(tagsOf("总书记强调，要抓好落实。习近平指出，坚持人民至上。").people).toEqual([]);
    expect(tagsOf("购置《习近平谈治国理政》等学习用书。").people).toEqual([]);
  });

  it("a place that is an organisation's prefix is no place of its own; a place on its own is", () => {
    const t = tagsOf("枣庄日报社记者走进企业。跳出枣庄谋高新。");
    expect(t.orgs).toEqual(["枣庄日报社"]);
    expect(t.places).toEqual(["枣庄"]);
  });

  it("towns and villages written together are both places; 进社区 and 下乡 are not places", () => {
    const t = tagsOf("先后到孟庄镇下道沟村、光明路街道锦龙社区调研，开展送戏下乡、宣讲进社区活动。");
    expect(t.places).toEqual(["孟庄镇", "下道沟村", "光明路街道", "锦龙社区"]);
  });

  it("titles create no organisation: 区委书记 is a title, 区委、区政府 a body", () => {
    const inPaper = (text: string) =>
      extractTags({ kicker: null, title: "标题", subtitle: null, byline: null, paragraphs: [text] }, taxonomy, { publication: "市中区报" });
    expect(inPaper("区委书记宋磊主持会议。").orgs).toEqual([]);
    expect(inPaper("区委、区政府高度重视。").orgs).toEqual(["区委", "区政府"]);
  });

  it("topics follow the taxonomy; an excluded phrase does not count (党史学习教育 is not 教育)", () => {
    expect(tagsOf("深入开展党史学习教育，推动党史学习教育走深走实。").topics).toEqual(["党史学习教育"]);
    expect(tagsOf("全力推进文明城市创建，巩固创城成果。").topics).toContain("文明城市创建");
  });

  it("kinds: meetings, visits, events from the headline; photo stories from the credit", () => {
    const t = extractTags(
      { kicker: null, title: "高新区召开国家卫生城市复审工作部署会议", subtitle: null, byline: "孟潇 摄影报道", paragraphs: ["正文。"] },
      taxonomy,
    );
    expect(t.kinds).toEqual(["会议", "图片新闻"]);
  });
});

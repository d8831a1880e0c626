import { describe, expect, it } from "vitest";
import { extractTags } from "../../src/loader/tags/index";

const tagsOf = (text: string, publication: string | null = null) =>
  extractTags({ kicker: null, title: "标题", subtitle: null, byline: null, paragraphs: [text] }, { topics: [] }, { publication });

describe("organisations", () => {
  it("a body after its place, with its sub-unit, and no place of its own", () => {
    const t = tagsOf("太和县公安局城东派出所民警和晋江市商务局工作人员来到现场。");
    expect(t.orgs).toEqual(["太和县公安局城东派出所", "晋江市商务局"]);
    expect(t.places).toEqual([]);
  });

  it("a proper name before a kind of body: companies, schools, teams, media", () => {
    expect(tagsOf("河北宏泰专用汽车有限公司生产车间里，宏泰公司员工正在忙碌。").orgs).toEqual(["河北宏泰专用汽车有限公司", "宏泰公司"]);
    expect(tagsOf("银龄先锋志愿服务队走进永康二中。").orgs).toEqual(["银龄先锋志愿服务队", "永康二中"]);
    expect(tagsOf("新华网、湖南日报等媒体予以报道。").orgs).toEqual(["新华网", "湖南日报"]);
  });

  it("the short company name points to the full one; known short names too", () => {
    const about = tagsOf("河北宏泰专用汽车有限公司(以下简称宏泰公司)。国铁集团发布消息。").about.filter((n) => n.kind === "orgs");
    expect(about).toEqual([
      { kind: "orgs", name: "宏泰公司", canonical: "河北宏泰专用汽车有限公司" },
      { kind: "orgs", name: "国铁集团", canonical: "中国国家铁路集团有限公司" },
    ]);
  });

  it("relative bodies are kept apart, marked relative; titles create none", () => {
    const t = tagsOf("区委、区政府高度重视，市教育局配合。", "市中区报");
    expect(t.orgs).toEqual(["区委", "区政府", "市教育局"]);
    expect(t.about.filter((n) => n.kind === "orgs").every((n) => n.relative)).toBe(true);
    // Without the paper known, 区委 names no one body.
    expect(tagsOf("区委、区政府高度重视，市教育局配合。").orgs).toEqual([]);
    expect(tagsOf("区委书记宋磊、管委会主任王五出席。", "市中区报").orgs).toEqual([]);
  });

  it("descriptions and networks are no organisations", () => {
    expect(tagsOf("境内上市公司业绩平稳，多家航空公司加密航班，立体交通网加快建设，党员志愿服务队出动。").orgs).toEqual([]);
  });

  it("companies by their short names in a list that says what they are; kinds of business and people are none", () => {
    // A made-up list in the seeds' manner: its place-prefixed item is one company, not a place.
    const t = tagsOf("调研组一行参观考察了鑫隆科技、合肥瑞丰、宁远新能源等企业。");
    expect(t.orgs).toEqual(["鑫隆科技", "合肥瑞丰", "宁远新能源"]);
    expect(t.places).toEqual([]);
    expect(tagsOf("同时组织大型连锁超市、电商平台等企业增加供应。").orgs).toEqual([]);
    expect(tagsOf("座谈会邀请了王建国、李春生等企业负责人。").orgs).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { extractTags } from "../../src/loader/tags/index";

const tagsOf = (text: string, publication: string | null = null) =>
  extractTags({ kicker: null, title: "标题", subtitle: null, byline: null, paragraphs: [text] }, { topics: [] }, { publication });
const note = (t: ReturnType<typeof tagsOf>, name: string) => t.about.find((n) => n.kind === "places" && n.name === name);

describe("places from the gazetteer", () => {
  it("each link of a chain is its own place", () => {
    expect(tagsOf("活动在石峰区田心街道田心村社区举行。").places).toEqual(["石峰区", "田心街道", "田心村社区"]);
    expect(tagsOf("柳州市柳南区鹅山街道车辆厂社区开展活动。").places).toEqual(["柳州市", "柳南区", "鹅山街道", "车辆厂社区"]);
  });

  it("county and district names are found, with their division code", () => {
    const t = tagsOf("近日，紫金县苏区镇和东源县义合镇的村民参加培训。");
    expect(t.places).toEqual(["紫金县", "苏区镇", "东源县", "义合镇"]);
    expect(note(t, "紫金县")?.code).toBe("441621");
  });

  it("an ambiguous name takes the division of the article's region", () => {
    expect(note(tagsOf("枣庄市市中区光明路街道召开会议。"), "市中区")?.code).toBe("370402");
    expect(note(tagsOf("济南市市中区召开会议。"), "市中区")?.code).toBe("370103");
    // No context: the place stays, its division is left open.
    expect(note(tagsOf("市中区召开会议。"), "市中区")?.code).toBeUndefined();
  });

  it("a bare county name counts only in the paper's region", () => {
    const text = "今年飞播造林涵盖商州、洛南等县区。";
    expect(tagsOf(text, "商洛日报").places).toEqual(["商州", "洛南"]);
    expect(tagsOf(text, "枣庄日报").places).toEqual([]);
  });

  it("a bare province or city stands for its full name", () => {
    const t = tagsOf("吉林的冰雪旅游持续升温。");
    expect(t.places).toEqual(["吉林"]);
    expect(note(t, "吉林")?.canonical).toBe("吉林省");
  });

  it("a city before 市民, 市区 or 市长 is its bare name: the 市 begins the word after it", () => {
    expect(tagsOf("天水市民纷纷走向户外，到雪中游玩。").places).toEqual(["天水"]);
    expect(tagsOf("“五一”假期，泉州市区各个景点持续火热。").places).toEqual(["泉州"]);
    expect(tagsOf("沧州市长来到运河边调研。").places).toEqual(["沧州"]);
    expect(tagsOf("沧州市召开会议。").places).toEqual(["沧州市"]);
  });

  it("villages and communities by their suffix, confirmed by the village index", () => {
    expect(tagsOf("铜鼓镇水流村村民晾晒玉米。").places).toEqual(["铜鼓镇", "水流村"]);
    expect(tagsOf("在涧池镇紫云南郡社区举行。").places).toEqual(["涧池镇", "紫云南郡社区"]);
  });

  it("named sites by a suffix the text supports", () => {
    expect(tagsOf("游客在半山公园赏樱，沿漓江而下，登上麦积山。").places).toEqual(["半山公园", "漓江", "麦积山"]);
  });

  it("no place inside an organisation's or a road's name, a count, a slogan or an idiom", () => {
    expect(tagsOf("永康二中的学生来到株醴路。").places).toEqual([]);
    expect(tagsOf("这是茂名晚报记者在城区看到的，河源广播电视台也来了。").places).toEqual([]);
    expect(tagsOf("全市145个行政村全部通上自来水。").places).toEqual([]);
    expect(tagsOf("开展“情暖龙山、随手公益”活动。").places).toEqual([]);
    expect(tagsOf("游客来自天南海北，万象更新。").places).toEqual([]);
    expect(tagsOf("清洗街道，推动社区治理，送戏下乡。").places).toEqual([]);
  });

  it("a chain stays links where the next one opens like a station or a kind of place", () => {
    // 会昌县|站塘乡: 站 opens the township's name, not a station of the county.
    expect(tagsOf("会昌县站塘乡的农户正在采摘脐橙。").places).toEqual(["会昌县", "站塘乡"]);
    // A river's name begins a village's (东江|村 is 东江村); a function word or 山 before 村 may too, where the
    // region's village index has the name.
    expect(tagsOf("龙川县东江村的村民在田间忙碌。", "河源日报").places).toEqual(["龙川县", "东江村"]);
    expect(tagsOf("源南镇和平村开展志愿服务。", "河源日报").places).toEqual(["源南镇", "和平村"]);
    expect(tagsOf("紫金县:桂山村、锦口村入选。", "河源日报").places).toEqual(["紫金县", "桂山村", "锦口村"]);
    expect(tagsOf("偏远山村的孩子们。", "河源日报").places).toEqual([]);
  });

  it("no place from a count, a caption's opening or a kind of place", () => {
    expect(tagsOf("完成了辖区3条街道的清理工作。").places).toEqual([]);
    expect(tagsOf("全县各乡镇村组迅速行动。").places).toEqual([]);
    expect(tagsOf("推进城乡和村镇建设。").places).toEqual([]);
    expect(tagsOf("图为唐山宴的工作人员迎接游客。").places.filter((p) => p.startsWith("图为"))).toEqual([]);
    // 河 of 河源 is no river's: 美丽河源 holds the city, not a river 美丽河.
    expect(tagsOf("为建设和谐美丽河源贡献力量。", "河源日报").places).toEqual(["河源"]);
    expect(tagsOf("用实际行动助力绿美河源生态建设。", "河源日报").places).not.toContain("绿美河");
    expect(tagsOf("第二批名镇名村名单出炉。").places).toEqual([]);
  });

  it("no tag holds a mask or a character the text lacks", () => {
    const t = tagsOf("中国(枣庄)国际锂电产业展览会在枣庄日报社旁的人民广场举行。本报讯(株洲晚报融媒体记者/周蒿)");
    for (const p of [...t.places, ...t.orgs, ...t.people])
      expect(`${"标题"}\n中国(枣庄)国际锂电产业展览会在枣庄日报社旁的人民广场举行。`).toContain(p);
    expect(t.places).not.toContain("株洲");
  });
});

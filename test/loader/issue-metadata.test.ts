import { describe, expect, it } from "vitest";
import { issueFromText } from "../../src/loader/issue-from-text";
import { leadCredit } from "../../src/loader/split/lead-credit";
import { pageOf, publicationIn } from "../../src/loader/split/page-meta";
import { parseText } from "../../src/loader/parse-text";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("credits inside the first paragraph give the byline; the paragraph stays whole", () => {
  it.each([
    ["本报讯（记者 王明 通讯员 李华）7月20日，区领导调研防汛工作。", "记者 王明 通讯员 李华"],
    ["本报讯 (记者 董瑞婷) 4月是爱国卫生月。", "记者 董瑞婷"],
    ["新天水讯【记者张玉平】 8月20日，秦州区残联开展活动。", "记者张玉平"],
    ["天天天水网15日16时讯 【记者 王雪梅 张超】初冬降临天水时。", "记者 王雪梅 张超"],
    ["本报讯 记者 谢素婵 近日，广东省委农办公布名单。", "记者 谢素婵"],
    ["○本报讯 记者 王亚娇 杨坚 实习生 黄琛 通讯员 陈机良 昨日，我市启动行动。", "记者 王亚娇 杨坚 实习生 黄琛 通讯员 陈机良"],
    ["本报讯 于雅楠 记者白惠娟报道 金秋送爽，丹桂飘香。", "于雅楠 记者白惠娟报道"],
    ["环渤海新闻网消息（郭佳）春节脚步日益临近。", "郭佳"],
    ["茂名晚报讯 记者黄楚凡台风“百里嘉”远去。", "记者黄楚凡"],
  ])("%s → %s", (paragraph, byline) => {
    expect(leadCredit(paragraph)?.byline).toBe(byline);
  });

  it.each([["本报讯 7月26日，副市长左文来我区调研。"], ["本报讯 为加强安全监管队伍建设，近日开展检查。"], ["喜讯传来，全村沸腾。"]])(
    "no credit in %s",
    (p) => {
      expect(leadCredit(p)).toBeNull();
    },
  );

  it("in an issue: the byline comes from the lead, the paragraph keeps it", () => {
    const p = parseText(
      [
        "区领导调研防汛工作",
        "",
        "本报讯（记者 王明）7月20日，区领导调研防汛工作，要求压实责任。",
        "",
        "调研中，区领导一行查看了河道。",
      ].join("\n"),
    );
    expect(p.articles[0].byline).toBe("记者 王明");
    expect(p.articles[0].paragraphs[0]).toBe("本报讯（记者 王明）7月20日，区领导调研防汛工作，要求压实责任。");
  });
});

describe("page headers: the page of each article, the issue's date; a masthead names the paper", () => {
  it.each([
    ["第A02版：要闻", { number: "A02", name: "要闻" }],
    ["A1：天水日报·要闻", { number: "A1", name: "天水日报·要闻" }],
    ["2019年10月16日 星期三 第A01版", { number: "A01", name: null }],
    ["A04版：视点", { number: "A04", name: "视点" }],
    ["02 版:日报二版", { number: "02", name: "日报二版" }],
    ["第第03版版:社会新闻", { number: "03", name: "社会新闻" }],
    ["当前版:03版 发布日期:2024年08月06日", { number: "03", name: null }],
    ["A4:视点总第2960期 >2023-09-06编印", { number: "A4", name: "视点" }],
    ["第三版:综合", { number: "三", name: "综合" }],
  ])("%s", (line, page) => {
    expect(pageOf(line)).toEqual(page);
  });

  it.each([
    ["柳州日报社主管主办 国内统一刊号:CN45-0020 爆料热线:0772-2855110", "柳州日报"],
    ["天水日报", "天水日报"],
    ["中共通辽市委主管主办 通辽日报社出版", "通辽日报"],
    ["扫码关注微信公众号", null],
  ])("%s names %s", (line, paper) => {
    expect(publicationIn(line)).toBe(paper);
  });

  const text = [
    "通辽日报社主管主办 国内统一刊号:CN15-0012",
    "",
    "第A02版：要闻",
    "",
    "区领导调研防汛工作",
    "",
    "□记者 王明",
    "",
    "本报讯 7月20日，区领导调研防汛工作，要求压实责任，确保安全度汛。",
    "",
    "2019年10月16日 星期三 第A03版 综合",
    "",
    "兴城街道开展环境整治",
    "",
    "本报讯（记者 李华）5月20日，兴城街道开展环境整治行动，清理乱堆乱放30余处。",
  ].join("\n");

  it("each article carries its page; the header's date is the issue's date, not inferred; the masthead its paper", () => {
    const f = issueFromText("x.txt", utf8(text), {});
    expect(f.articles.map((a) => a.page)).toEqual([
      { number: "A02", name: "要闻" },
      { number: "A03", name: "综合" },
    ]);
    expect(f.issue).toMatchObject({ date: "2019-10-16", dateInferred: false, publication: "通辽日报" });
    expect(f.noise).toEqual(expect.arrayContaining(["第A02版：要闻", "2019年10月16日 星期三 第A03版 综合"]));
  });

  it("the manifest's publication and full date win over the text's", () => {
    const f = issueFromText("x.txt", utf8(text), { publication: "另一报", date: "2020-01-02" });
    expect(f.issue).toMatchObject({ publication: "另一报", date: "2020-01-02", dateInferred: false });
  });
});

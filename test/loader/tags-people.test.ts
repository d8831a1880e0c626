import { describe, expect, it } from "vitest";
import { extractTags } from "../../src/loader/tags/index";

const people = (text: string) =>
  extractTags({ kicker: null, title: "标题", subtitle: null, byline: null, paragraphs: [text] }, { topics: [] }).people;
const roles = (text: string) =>
  extractTags({ kicker: null, title: "标题", subtitle: null, byline: null, paragraphs: [text] }, { topics: [] }).about.filter(
    (n) => n.kind === "people",
  );

describe("people", () => {
  it("after a title, also after a space, with the title kept as a role", () => {
    expect(people("乡党委书记 赵建军主持会议，副乡长王丽陪同。")).toEqual(["赵建军", "王丽"]);
    expect(roles("区委书记宋磊调研。")).toEqual([{ kind: "people", name: "宋磊", roles: ["区委书记"] }]);
  });

  it("after a noun of standing or an age, and before speaking", () => {
    expect(people("市民王建国来到现场。")).toEqual(["王建国"]);
    expect(people("老板张建华介绍，今年生意不错。")).toEqual(["张建华"]);
    expect(people("73岁的刘秀英老人笑着说，日子越过越好。")).toEqual(["刘秀英"]);
    // Nouns of standing local papers print before a name: the owner of a lost wallet, a referee, an orchard's owner.
    expect(people("民警很快联系到失主王峰。")).toEqual(["王峰"]);
    expect(people("环湖赛裁判员丁占福对天水的变化印象深刻。")).toEqual(["丁占福"]);
    expect(people("桔柚果园主袁启才看着忙碌的志愿者。")).toEqual(["袁启才"]);
    expect(people("培育出模范人物王献忠等志愿服务先进典型。")).toEqual(["王献忠"]);
    expect(people("“我也想奉献一份爱心。”徐志高说。")).toEqual(["徐志高"]);
  });

  it("a known name counts again where it stands alone", () => {
    expect(people("“很方便。”周建华说。周建华在社区经营馒头店多年。")).toEqual(["周建华"]);
  });

  it("never a verb's fragment, a cut name, a word of address or a side", () => {
    expect(people("区委书记宋磊陪同。")).toEqual(["宋磊"]);
    expect(people("国务委员魏凤和会见了代表团。")).toEqual(["魏凤和"]);
    expect(people("吕女士高兴地说，阳师傅也说，高先生点头。")).toEqual([]);
    expect(people("巴方说，总书记强调，两国互致贺电。")).toEqual([]);
    expect(people("副主席陈玮、王龙、许威，秘书长胡振忠出席。")).toEqual(["陈玮", "王龙", "许威", "胡振忠"]);
  });

  it("a list of names keeps a 和 that ends a name before the next one", () => {
    expect(people("副主任李贞和、王宏坤、谷云山出席。")).toEqual(["李贞和", "王宏坤", "谷云山"]);
  });

  it("a caption's subject, a place in a group photo, whom something happens under, someone moved as they speak", () => {
    expect(people("图为李春生在晾晒玉米。")).toEqual(["李春生"]);
    expect(people("张德明（左一）向游客介绍当地特产，赵文华(右)和同事一起检查设备。")).toEqual(["张德明", "赵文华"]);
    expect(people("在黄淑芬的带领下，合作社越办越好。")).toEqual(["黄淑芬"]);
    expect(people("“多亏了党的好政策。”周立平激动地说。")).toEqual(["周立平"]);
    // The cue vouches for where a name stands, not for a word that is none.
    expect(people("图为现场在进行演练。在大家的帮助下，工程顺利完工。")).toEqual([]);
  });

  it("a list after a role, each name with its epithet in quotes; a reporter the text names", () => {
    expect(people("已培育出模范人物王大忠、“表叔”李建平、“老木匠”张志民等志愿服务先锋。")).toEqual(["王大忠", "李建平", "张志民"]);
    expect(people("中央电视台体育记者李武强说，这里变化很大。")).toEqual(["李武强"]);
    expect(people("记者从市教育局获悉，记者了解到，记者来到村里。")).toEqual([]);
  });

  it("正 before a preposition is no part of the name, unless the text gives the longer name elsewhere", () => {
    expect(people("网格长周立正与几位工作人员一起巡查。")).toEqual(["周立"]);
    expect(people("主任王建正在会上讲话。主任王建正表示支持。")).toEqual(["王建正"]);
  });

  it("an elder the text names twice, whatever the given characters", () => {
    expect(people("干部们来到赵满屯老人的田头帮忙。赵满屯老人的子女都在外地。")).toEqual(["赵满屯"]);
    expect(people("刚到田头，林银花老人就迎了上来。")).toEqual(["林银花"]);
  });
});

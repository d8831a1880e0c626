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
    expect(people("“我也想奉献一份爱心。”徐志高说。")).toEqual(["徐志高"]);
  });

  it("after a role or an age whatever the verb, in an apposition, and named again and again", () => {
    expect(people("村民付桂英前几天感染了新冠病毒。")).toEqual(["付桂英"]);
    expect(people("67岁的孙全喜老人经过治疗好转。")).toEqual(["孙全喜"]);
    expect(people("村委委员李巧玲站在高地上。")).toEqual(["李巧玲"]);
    expect(people("刘名芳是中和村村委委员，当天凌晨她在村里巡查。")).toEqual(["刘名芳"]);
    expect(people("在西安务工的钟洪杰当晚乘车返回。得救的钟洪杰被安置在村委会。")).toEqual(["钟洪杰"]);
    // 辛方 is followed by 正 wherever it stands: the name is 辛方正.
    expect(people("村民辛方正心里的石头落地了。在外打工的辛方正还在着急。")).toEqual(["辛方正"]);
  });

  it("no preposition read as a surname, no word grown onto a name", () => {
    expect(people("总书记和大家围坐在火塘边，向大会表示祝贺。")).toEqual([]);
    expect(people("国务院总理李强会见代表。李强会见时指出。")).toEqual(["李强"]);
    expect(people("村民王伟正忙着搬家。王伟家的房子成了危房，王伟所在的村，王伟家的房很快重建。")).toEqual(["王伟"]);
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
});

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/loader/parse-text";
import { FIXTURES, hardCase, headlineOf, parseFile } from "./helpers";

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
  it("a byline on two lines is one byline; a photo credit without brackets closes its story", () => {
    const text = [
      "区领导调研防汛工作",
      "",
      "□记者 王明",
      "",
      "□通讯员 李华",
      "",
      "本报讯 7月20日，区领导调研防汛工作。",
      "",
      "荷花盛开引客来",
      "",
      "连日来，微山湖万亩荷花竞相绽放，吸引众多游客前来观赏。",
      "",
      "记者 李森 摄",
    ].join("\n");
    hardCase(
      text,
      (p) => {
        expect(p.articles.map((a) => [headlineOf(a), a.byline])).toEqual([
          [["区领导调研防汛工作"], "记者 王明 通讯员 李华"],
          [["荷花盛开引客来"], "记者 李森 摄"],
        ]);
        expect(p.articles[0].paragraphs).toEqual(["本报讯 7月20日，区领导调研防汛工作。"]);
      },
      [{ line: 9, text: "荷花盛开引客来", as: "title" }],
    );
  });

  it("a page's section name standing above a headline is noise, not a kicker", () => {
    const p = parseText(["要闻", "", "市领导来我区调研", "", "□记者 程修建", "", "本报讯 7月26日，副市长左文来我区调研。"].join("\n"));
    expect(p.articles.map(headlineOf)).toEqual([["市领导来我区调研"]]);
    expect(p.noise).toEqual(["要闻"]);
  });

  it("an article opened by 本报讯 without a byline, and a photo story closed by its credit", () => {
    const text = [
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
    ].join("\n");
    hardCase(
      text,
      (p) => {
        expect(p.layout.layout).toBe("A");
        expect(p.articles.map(headlineOf)).toEqual([["区领导调研防汛工作"], ["荷花盛开引客来"]]);
        expect(p.articles.map((a) => a.byline)).toEqual([null, "记者 李森 摄"]);
        expect(p.articles[0].paragraphs).toHaveLength(2);
      },
      [{ line: 7, text: "荷花盛开引客来", as: "title" }],
    );
  });

  it("a column break inside a sentence is mended; a page mark between paragraphs goes to noise", () => {
    const p = parseText(
      [
        "区召开会议",
        "",
        "□记者 王明",
        "",
        "本报讯 会议要求，要进一步提高认识，着力打",
        "",
        "造特色亮点。",
        "",
        "第2版",
        "",
        "会议强调，要抓好落实。",
      ].join("\n"),
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

  it("a short last line ends its paragraph; a title wrapped over two lines is one title", () => {
    const p = parseText(issue);
    expect(p.layout.layout).toBe("B");
    expect(p.articles.map((a) => a.byline)).toEqual(["张文 胡乐才", "李轩 摄影报道"]);
    expect(headlineOf(p.articles[1])).toEqual(["兴城街道开展环境整治行动"]);
    expect(p.articles[0].paragraphs).toHaveLength(2);
    expect(p.articles[1].paragraphs).toEqual(["5月20日，兴城街道开展环境整治行动，出动执法人员60余人次，清理乱堆乱放30余处。"]);
  });

  it("two headline parts of unequal length are two parts, or the splitter doubts the second", () => {
    // A title wrapped at a phrase may run longer on its second line, so the model weighs it; where
    // it reads one title, the doubt on line 11 leads the editor to it.
    hardCase(issue, (p) => expect(headlineOf(p.articles[0])).toEqual(["聚焦项目建设", "高新区召开项目建设推进会议"]), [
      { line: 11, text: "高新区召开", as: "subtitle" },
    ]);
  });

  it("which of two headline parts is the title: the editor's correction decides where the splitter does not", () => {
    // Known limit: the splitter reads these two parts as title and subtitle; a reader takes the
    // first for the kicker (引题) and the second, which names its subject, for the title.
    const fixed = parseText(issue, {
      corrections: [
        { line: 10, text: "聚焦项目建设", as: "kicker" },
        { line: 11, text: "高新区召开", as: "title" },
      ],
    });
    expect(fixed.articles[0]).toMatchObject({ kicker: "聚焦项目建设", title: "高新区召开项目建设推进会议", subtitle: null });
    expect(fixed.articles[0].paragraphs).toHaveLength(2);
  });

  it("wrapped Latin words keep their space, Chinese joins without one", () => {
    const p = parseText(
      ["推动固态锂电池、飞秒激光、Micro", "OLED、光纤棒、吉利HEV", "动力电池等项目落地见效。 （刘亚）", "", "高新区项目建设提速"].join(
        "\n",
      ),
    );
    expect(p.articles[0].paragraphs).toEqual(["推动固态锂电池、飞秒激光、Micro OLED、光纤棒、吉利HEV动力电池等项目落地见效。"]);
  });
});

describe("layout B: what came last above a headline-like line, a lead credit or a credit line", () => {
  // Body first, a story closes with its credit and then its headline; one whose credit was in its lead
  // (本报讯（记者 X）) has none at its end. So a headline-like line right after text is a subhead where a
  // credit closed the story above, and the headline where the story's lead held its credit.
  const text = [
    "5月20日，兴城街道开展环境整治行动，出动执",
    "法人员60余人次，清理乱堆乱放30余处。",
    "（李轩 摄影报道）",
    "",
    "兴城街道开展环境整治行动",
    "",
    "近日，区教体局召开校园安全工作推进会议，局党组成员",
    "出席会议并讲话。",
    "",
    "筑牢校园安全防线",
    "",
    "会议要求，要压实校园安全主体责任，全面排查安全",
    "隐患。要坚持常态长效，健全校园安全管理制度，确保",
    "师生平安。",
    "（孙莉 郑凯）",
    "",
    "区教体局部署校园安全工作",
    "",
    "本报讯（记者 王明）6月1日，区里召开防汛工作会议，",
    "部署今年防汛工作，要求各镇街压实责任。",
    "",
    "区召开防汛工作会议",
    "",
    "6月2日，永安镇组织开展“文明家庭”评选活动，",
    "30户家庭获评。",
    "（赵丽）",
    "",
    "永安镇评选“文明家庭”",
  ].join("\n");

  it("a subhead inside a credit-closed story stays one of its paragraphs", () => {
    const p = parseText(text);
    expect(p.articles.map((a) => a.title)).toEqual([
      "兴城街道开展环境整治行动",
      "区教体局部署校园安全工作",
      "区召开防汛工作会议",
      "永安镇评选“文明家庭”",
    ]);
    expect(p.articles[1].paragraphs[1]).toBe("筑牢校园安全防线");
    expect(p.articles[1].byline).toBe("孙莉 郑凯");
  });

  it("a story whose lead held its credit ends at its headline", () => {
    const p = parseText(text);
    expect(p.articles[2]).toMatchObject({ title: "区召开防汛工作会议", byline: "记者 王明" });
    expect(p.articles[2].paragraphs).toHaveLength(1);
    expect(p.articles[3].paragraphs).toEqual(["6月2日，永安镇组织开展“文明家庭”评选活动，30户家庭获评。"]);
  });
});

// Real layout B issues are hard-wrapped at a column of display units; print
// extraction drops the paragraph indent, so a paragraph's first line runs about
// two characters short of the column (see the seed 004). Below: column 46 units,
// first lines 42 to 44.
describe("layout B: paragraph ends the width of the lines tells", () => {
  it("a full last line with no blank after it; a first line ending a sentence; a column break after a sentence", () => {
    const text = [
      "高新区安全生产工作会议近日在管委会九楼召开。",
      "区党工委委员、管委会副主任出席会议并讲话，要求",
      "各部门压紧压实责任，坚决守牢安全生产底线，全力",
      "确保全区安全生产形势持续稳定向好，为高质量发",
      "展营造安全稳定的环境。会议通报了近期检查情况。",
      "会议指出，各级各部门要时刻绷紧安全生产这根",
      "弦，克服麻痹思想，抓实抓细各项安全保障措施。",
      "",
      "会议要求，要进一步加强隐患排查治理工作，做到不",
      "漏一处、不留死角，切实保障群众生命财产安全。",
      "",
      "会议强调，要严格落实企业主体责任，加大执法",
      "检查力度。 （侯汶利）",
      "",
      "高新区召开安全生产",
      "工作会议",
    ].join("\n");
    const p = parseText(text);
    expect(p.layout.layout).toBe("B");
    // The first line ends a sentence but fills a first line's width: the paragraph goes on;
    // no blank line, but the line after a full last line is short by the dropped indent: a new one.
    expect(p.articles[0].paragraphs[0]).toBe(
      "高新区安全生产工作会议近日在管委会九楼召开。区党工委委员、管委会副主任出席会议并讲话，要求各部门压紧压实责任，坚决守牢安全生产底线，全力确保全区安全生产形势持续稳定向好，为高质量发展营造安全稳定的环境。会议通报了近期检查情况。",
    );
    expect(p.articles[0].paragraphs.at(-1)).toBe("会议强调，要严格落实企业主体责任，加大执法检查力度。");
    expect(p.articles[0].byline).toBe("侯汶利");
    // Known limits the splitter reads otherwise without a doubt: the full-width line after the blank
    // goes on (a column break), and the two short headline lines are one wrapped title. An editor's
    // corrections put them right, and the rest of the issue is read around them.
    const fixed = parseText(text, {
      corrections: [
        { line: 9, text: "会议要求", as: "continues" },
        { line: 16, text: "工作会议", as: "headline-continues" },
      ],
    });
    expect(fixed.articles.map(headlineOf)).toEqual([["高新区召开安全生产工作会议"]]);
    expect(fixed.articles[0].paragraphs).toEqual([
      p.articles[0].paragraphs[0],
      "会议指出，各级各部门要时刻绷紧安全生产这根弦，克服麻痹思想，抓实抓细各项安全保障措施。会议要求，要进一步加强隐患排查治理工作，做到不漏一处、不留死角，切实保障群众生命财产安全。",
      "会议强调，要严格落实企业主体责任，加大执法检查力度。",
    ]);
  });

  it("a list after a colon, subheadings without blank lines, a column break after a semicolon, a number moved down whole", () => {
    const text = [
      "近日，兴城街道召开环境整治工作推进会议，对",
      "下一步工作进行安排部署，要求各社区迅速行动，全",
      "面落实整治任务，切实改善辖区居民生活环境。会议",
      "明确了三项重点任务：",
      "一、清理乱堆乱放，做到路面整洁；",
      "二、规范沿街经营，做到秩序井然。",
      "",
      "会议还对近期重点工作进行了再部署、再落实，要",
      "求各社区主要负责人亲自抓、负总责。",
      "",
      "整治成效持续显现 沿街群众纷纷点赞",
      "整治期间，街道组织执法人员每天开展巡查，确",
      "保各项措施落实到位，同时对重点路段加强了管控；",
      "",
      "对反复出现的问题，街道建立台账，实行销号管理。",
      "截至目前，街道已在辖区累计发放宣传资料共计",
      "12000余份，清理小广告300余处。 （李轩 摄影报道）",
      "",
      "兴城街道扎实开展",
      "环境整治行动",
    ].join("\n");
    hardCase(
      text,
      (p) => {
        expect(p.articles.map(headlineOf)).toEqual([["兴城街道扎实开展环境整治行动"]]);
        expect(p.articles[0].byline).toBe("李轩 摄影报道");
        expect(p.articles[0].paragraphs).toEqual([
          "近日，兴城街道召开环境整治工作推进会议，对下一步工作进行安排部署，要求各社区迅速行动，全面落实整治任务，切实改善辖区居民生活环境。会议明确了三项重点任务：",
          "一、清理乱堆乱放，做到路面整洁；",
          "二、规范沿街经营，做到秩序井然。",
          "会议还对近期重点工作进行了再部署、再落实，要求各社区主要负责人亲自抓、负总责。",
          // Spaced phrases and no clause marks: a subheading, though wider than most.
          "整治成效持续显现 沿街群众纷纷点赞",
          // A full line ending on a semicolon goes on after the break; the line short only
          // because the number 12000 did not fit on it is no paragraph's first line.
          "整治期间，街道组织执法人员每天开展巡查，确保各项措施落实到位，同时对重点路段加强了管控；对反复出现的问题，街道建立台账，实行销号管理。截至目前，街道已在辖区累计发放宣传资料共计12000余份，清理小广告300余处。",
        ]);
      },
      [
        { line: 15, text: "对反复出现的问题", as: "continues" },
        { line: 16, text: "截至目前", as: "continues" },
      ],
    );
  });
  it("a subheading right after a paragraph's full last line, with a blank line after it", () => {
    const text = [
      "近日，兴城街道召开环境整治工作推进会议，对",
      "下一步工作进行安排部署，要求各社区迅速行动，全",
      "面落实整治任务，切实改善辖区居民生活环境。会议",
      "要求各社区主要负责人亲自抓、负总责，确保见实效。",
      "群众点赞 整治成效持续显现",
      "",
      "截至目前，街道已在辖区累计发放宣传资料共计",
      "12000余份，清理小广告300余处。 （李轩）",
      "",
      "兴城街道开展环境整治",
    ].join("\n");
    hardCase(
      text,
      (p) => {
        expect(p.articles[0].paragraphs).toEqual([
          "近日，兴城街道召开环境整治工作推进会议，对下一步工作进行安排部署，要求各社区迅速行动，全面落实整治任务，切实改善辖区居民生活环境。会议要求各社区主要负责人亲自抓、负总责，确保见实效。",
          "群众点赞 整治成效持续显现",
          "截至目前，街道已在辖区累计发放宣传资料共计12000余份，清理小广告300余处。",
        ]);
      },
      [{ line: 5, text: "群众点赞", as: "paragraph" }],
    );
  });
});

describe("layout B: a photo page in a narrow column", () => {
  it("a caption's credit wrapped onto the next line (朱云平 / 摄, 王忠 / 虎 摄) stays in the caption, never a headline", () => {
    const text = [
      "初秋时节，庙宇镇稻谷即将成熟。 朱云平",
      "摄",
      "",
      "金坪乡袁都村，村民忙着采摘秋月梨。记",
      "者 王忠虎 摄",
      "",
      "铜鼓镇水流村村民晾晒玉米。记者 王忠",
      "虎 摄",
      "",
      "竹贤乡辣椒丰产，村民们忙着采收辣椒。",
      "记者 向君玲 摄",
      "",
      "编者按",
      "",
      "大地流金，丰收如画。近段时间，从低山到",
      "高山乡镇，玉米、辣椒、梨子、葡萄等农作物",
      "成熟，勾勒成一幅色彩斑斓的山村“晒秋”图。",
      "",
      "山乡“晒秋”忙 田园好“丰”景",
    ].join("\n");
    const p = parseText(text);
    expect(p.articles.map(headlineOf)).toEqual([["山乡“晒秋”忙 田园好“丰”景"]]);
    expect(p.articles[0].paragraphs.slice(0, 3).map((x) => x.replace(/\s/gu, ""))).toEqual([
      "初秋时节，庙宇镇稻谷即将成熟。朱云平摄",
      "金坪乡袁都村，村民忙着采摘秋月梨。记者王忠虎摄",
      "铜鼓镇水流村村民晾晒玉米。记者王忠虎摄",
    ]);
    expect(p.articles[0].paragraphs.slice(-2)).toEqual([
      "编者按",
      "大地流金，丰收如画。近段时间，从低山到高山乡镇，玉米、辣椒、梨子、葡萄等农作物成熟，勾勒成一幅色彩斑斓的山村“晒秋”图。",
    ]);
  });
});

describe("layout B: headline parts", () => {
  const text = [
    "春节期间，供电公司一线工人坚守岗位，全力保障",
    "辖区居民温暖过节。 （张文）",
    "",
    "新春走基层",
    "一线工人的坚守与温情",
    "",
    "近日，城区各学校组织师生开展消防疏散演练，进",
    "一步增强了师生的安全意识。",
    "",
    "（李华）",
    "",
    "城区学校开展消防演练",
    "乡村学校开展防溺水演练",
    "",
    "王芳在乡村小学任教三十年，先后培养学生两千",
    "余名，多次被评为市级优秀教师。 （孟潇 摄影报道）",
    "",
    "我们的新时代身边榜样",
    "王芳：坚守乡村讲台",
    "",
    "今年以来，高新区锂电产业链项目加快落地，已签",
    "约项目二十余个，总投资超过三百亿元。",
    "（梁晓雨）",
    "",
    "奋进新征程 建功新时代",
    "高新区锂电产业集群",
    "加速成势见效",
    "",
    "近日，孟庄镇召开数字乡村建设会议，对下",
    "一步工作作出安排部署。 （王磊）",
    "",
    "区委书记专访：",
    "奋力打造产城融合示范区",
    "",
    "区委常委、常务副区长王明22日在区政府会议室主",
    "",
    "持召开重点项目建设推进会议，要求各部门紧盯各项",
    "目建设，加快推进工程进度。 （侯汶利）",
    "",
    "新思想引领新征程",
    "",
    "加快建设数字乡村 推进农业农村现代化",
    "",
    "近日，永安镇召开数字乡村建设会议，对下",
    "一步工作作出安排部署。 （赵丽）",
    "",
    "永安镇推进数字乡村建设",
  ].join("\n");

  const fixes = [
    { line: 5, text: "一线工人的坚守与温情", as: "title" },
    { line: 13, text: "乡村学校开展防溺水演练", as: "title" },
    { line: 19, text: "王芳：坚守乡村讲台", as: "title" },
    { line: 35, text: "区委常委、常务副区长", as: "paragraph" },
    { line: 37, text: "持召开重点项目", as: "continues" },
  ];

  it("kickers, parallel titles and labelled titles are parts; a wrapped title is one, also after a colon", () => {
    hardCase(
      text,
      (p) => {
        expect(p.articles.map(headlineOf)).toEqual([
          // A kicker well shorter than the title under it.
          ["新春走基层", "一线工人的坚守与温情"],
          // Two titles that end alike are parallel, not one wrapped title.
          ["城区学校开展消防演练", "乡村学校开展防溺水演练"],
          // A line led by a name and a colon is a title of its own.
          ["我们的新时代身边榜样", "王芳：坚守乡村讲台"],
          // Three lines without a blank: a spaced kicker, then one title wrapped over two lines.
          ["奋进新征程 建功新时代", "高新区锂电产业集群加速成势见效"],
          // A wrapped title may break after a colon.
          ["区委书记专访：奋力打造产城融合示范区"],
          // Parts between blank lines; a spaced title stays a headline part however wide.
          ["新思想引领新征程", "加快建设数字乡村 推进农业农村现代化"],
          ["永安镇推进数字乡村建设"],
        ]);
        expect(p.articles.map((a) => a.byline)).toEqual(["张文", "李华", "孟潇 摄影报道", "梁晓雨", "王磊", "侯汶利", "赵丽"]);
      },
      fixes,
    );
  });

  it("the next body's first line cut off by a column break is not a headline part", () => {
    hardCase(
      text,
      (p) => {
        expect(p.articles[5].paragraphs).toEqual([
          "区委常委、常务副区长王明22日在区政府会议室主持召开重点项目建设推进会议，要求各部门紧盯各项目建设，加快推进工程进度。",
        ]);
      },
      fixes,
    );
  });
});

describe("layout C: long paragraphs in a narrow column", () => {
  it("is told by its indents though few lines carry one; a column break after a sentence goes on; a comma in a headline bounded by the indent", () => {
    const p = parseText(
      [
        "　　近日，永安镇召开乡村振兴",
        "工作推进会议，镇党委书记出席",
        "会议并讲话。会议总结了前一阶",
        "段工作，分析了当前存在的问题",
        "和不足，对下一步工作作出了安",
        "排部署。会议要求，各村要聚焦",
        "产业发展，加快推进特色种植项",
        "目建设，带动群众增收致富。",
        "",
        "各村要进一步完善基础设施，持",
        "续改善农村人居环境，全面提升",
        "乡村治理水平。",
        "　　会议强调，要压紧压实工作",
        "责任，强化督导考核，确保各项",
        "任务按时保质完成，以实际行动",
        "推动乡村振兴工作取得新成效。",
        "（王磊）",
        "乡村振兴看永安：团结奋斗，在新征程上创造新业绩",
        "　　6月5日，永安镇组织开展",
        "“文明家庭”评选活动，各村推",
        "选的二十户家庭参加评选。评委",
        "们认真听取各家庭的事迹介绍，",
        "最终评选出十户“文明家庭”。",
        "评选活动进一步弘扬了文明新风，",
        "营造了崇德向善的良好氛围。",
        "（赵丽 摄影报道）",
        "永安镇评选“文明家庭”",
      ].join("\n"),
    );
    expect(p.layout.layout).toBe("C");
    expect(p.articles.map(headlineOf)).toEqual([["乡村振兴看永安：团结奋斗，在新征程上创造新业绩"], ["永安镇评选“文明家庭”"]]);
    expect(p.articles[0].paragraphs).toEqual([
      "近日，永安镇召开乡村振兴工作推进会议，镇党委书记出席会议并讲话。会议总结了前一阶段工作，分析了当前存在的问题和不足，对下一步工作作出了安排部署。会议要求，各村要聚焦产业发展，加快推进特色种植项目建设，带动群众增收致富。各村要进一步完善基础设施，持续改善农村人居环境，全面提升乡村治理水平。",
      "会议强调，要压紧压实工作责任，强化督导考核，确保各项任务按时保质完成，以实际行动推动乡村振兴工作取得新成效。",
    ]);
    expect(p.articles[1].paragraphs).toHaveLength(1);
  });
});

describe("layout A: running text is neither headline nor subheading", () => {
  it("a paragraph ending with an exclamation is not the headline of the photo story after it", () => {
    const text = [
      "区召开防汛工作会议",
      "",
      "□记者 王明",
      "",
      "本报讯 7月20日，全区防汛工作会议召开，区领导出席会议并讲话。",
      "",
      "会议要求，各级各部门要克服麻痹思想。汛期还未过去，我们要慎终如始、善作善成，坚守才能胜利！",
      "",
      "荷花盛开引客来",
      "",
      "连日来，微山湖万亩荷花竞相绽放，吸引众多游客前来观赏。",
      "",
      "（记者 李森 摄）",
    ].join("\n");
    hardCase(
      text,
      (p) => {
        expect(p.articles.map(headlineOf)).toEqual([["区召开防汛工作会议"], ["荷花盛开引客来"]]);
        expect(p.articles[0].paragraphs).toHaveLength(2);
      },
      [{ line: 9, text: "荷花盛开引客来", as: "title" }],
    );
  });

  it("a photo page: each caption keeps its own credit; 编者按 or 记者手记 is a paragraph of the page, not glued to the text under it", () => {
    const captions = ["街口的老槐树下，居民在下棋。 记者 李森 摄", "修缮后的骑楼重新开张。记者 李森 摄"];
    const note = "老街的变化，是城市更新的一个缩影。居民说，住在这里更舒心了。";
    const lead = "7月20日，全区防汛工作会议召开，区领导出席会议并讲话。";
    const layouts = {
      "headline first, blank lines": [
        "老街新貌",
        "",
        captions[0],
        "",
        captions[1],
        "",
        "记者手记",
        "",
        note,
        "",
        "区召开防汛工作会议",
        "",
        "□记者 王明",
        "",
        `本报讯 ${lead}`,
      ],
      "headline first, no blank lines": ["老街新貌", ...captions, "编者按", note, "区召开防汛工作会议", "□记者 王明", `本报讯 ${lead}`],
      "body first, no blank lines": [...captions, "记者手记", note, "老街新貌", `本报讯（记者 王明）${lead}`, "区召开防汛工作会议"],
    };
    for (const [name, lines] of Object.entries(layouts)) {
      const p = parseText(lines.join("\n"));
      const label = lines.includes("编者按") ? "编者按" : "记者手记";
      expect(p.articles.map(headlineOf), name).toEqual([["老街新貌"], ["区召开防汛工作会议"]]);
      expect(p.articles[0].byline, name).toBeNull();
      expect(p.articles[0].paragraphs, name).toEqual([...captions, label, note]);
    }
  });

  it("a short piece with a question inside, cut by a column break, is not a subheading", () => {
    const p = parseText(
      ["区召开会议", "", "□记者 王明", "", "如何缩短差距？在位于佛", "", "山顺德的广东工业设计城，记者找到了答案。"].join("\n"),
    );
    expect(p.articles[0].paragraphs).toEqual(["如何缩短差距？在位于佛山顺德的广东工业设计城，记者找到了答案。"]);
  });
});

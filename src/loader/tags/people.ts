/**
 * People (人物), from what the text says about them: after an office title or
 * role (区委书记宋磊, 副主席陈玮、王龙, 市民王某某, 搬迁群众龙佰香), after an age
 * (79岁的朱永利), before a word of address for elders (X老人), before speaking
 * (徐志高说), as a caption's subject (图为李春生在…), beside a place in a group photo
 * (张德明（左一）), under someone's lead (在黄淑芬的带领下), in lists of names, and in
 * the article again once known. A name is
 * a surname and one or two given characters ending where a verb or punctuation
 * begins; never a verb's fragment (X陪 of 陪同) nor a cut of a longer name.
 */
import { SINGLE_SURNAMES } from "./surnames";
import { isOtherWord, wordTag } from "./lexicon";
import { PhraseFinder } from "./phrase-finder";
import { COUNTRIES } from "./gazetteer";
import { commonGiven, nameOfLength, surnameLength } from "./person-name";

// Longest first, so 副区长 wins over 区长.
const TITLES = [
  "主席团常务主席",
  "村党支部书记",
  "常务副县长",
  "常务副区长",
  "党工委书记",
  "常务副主任",
  "居委会主任",
  "常务副市长",
  "党支部书记",
  "村委会主任",
  "党委书记",
  "副秘书长",
  "第一书记",
  "副总编辑",
  "支部书记",
  "党组书记",
  "常务主席",
  "副总经理",
  "副理事长",
  "主任委员",
  "副检察长",
  "副院长",
  "总书记",
  "传承人",
  "运动员",
  "副乡长",
  "主持人",
  "副部长",
  "村支书",
  "指导员",
  "副总理",
  "理事长",
  "副书记",
  "副区长",
  "副镇长",
  "检察官",
  "副馆长",
  "副省长",
  "副局长",
  "志愿者",
  "负责人",
  "检察长",
  "副会长",
  "总编辑",
  "创始人",
  "书法家",
  "副主席",
  "工程师",
  "网格员",
  "副所长",
  "副主任",
  "研究员",
  "副厅长",
  "副县长",
  "教导员",
  "副校长",
  "秘书长",
  "总经理",
  "副市长",
  "董事长",
  "大队长",
  "局长",
  "厅长",
  "科长",
  "组长",
  "演员",
  "选手",
  "画家",
  "院士",
  "省长",
  "教授",
  "书记",
  "部长",
  "警官",
  "校长",
  "区长",
  "团长",
  "市长",
  "经理",
  "会长",
  "辅警",
  "厂长",
  "委员",
  "歌手",
  "镇长",
  "作家",
  "主管",
  "站长",
  "主席",
  "乡长",
  "代表",
  "支书",
  "教练",
  "导演",
  "县长",
  "同志",
  "诗人",
  "社长",
  "院长",
  "总理",
  "总编",
  "馆长",
  "医生",
  "主任",
  "台长",
  "班长",
  "常委",
  "园长",
  "处长",
  "护士",
  "所长",
  "讲师",
  "政委",
  "庭长",
  "队长",
  "主编",
  "民警",
  "法官",
];
const SCAN_TITLES = new PhraseFinder(TITLES);

/** Office titles and roles, for the one scan that finds titles and topic keywords together. */
export const TITLE_SET = new Set(TITLES);

// Office titles proper (not roles like 志愿者, 代表): the text vouches for the name after them.
const OFFICES = /(书记|长|主任|主席|委员|常委|理事长|会长|总理|总编辑|总编|经理|政委|教导员|指导员|院士|教授)$/u;

// Nouns of a person's standing that stand right before the name (市民王某某, 种植大户石世明).
/** Nouns of standing before a name, for the article's one scan. */
export const ROLE_WORDS =
  "记者 失主 人物 裁判员 裁判 网格长 园主 匠人 手艺人 养殖户 种植户 贫困户 脱贫户 低保户 户主 住户 租户 房东 店长 老板娘 经营者 创业者 返乡青年 大学生 村官 小朋友 孩子 姑娘 小伙 老伴 邻居 同事 徒弟 当事人 驾驶员 乘客 考生 战士 消防员 医护人员 村干部 退休教师 老教师 老党员 工作人员 居民代表 村民代表 党员代表 企业家 管理员 保洁员 环卫工 快递员 农技员 技术员 讲解员 老干部 老同志 市民 村民 居民 群众 老人 老板 店主 摊主 大户 农民 农户 果农 菜农 渔民 牧民 教师 老师 学生 同学 党员 队员 游客 车主 业主 工人 员工 职工 专家 学者 患者 家属 烈士 英雄 模范 乡贤 能人 网友 读者 老兵 骨干 社工 司机 村医 女儿 儿子 父亲 母亲 妻子 丈夫 爷爷 奶奶 外婆 孙子 孙女".split(
    " ",
  );
const AGE = /(\d{1,3}|[一二三四五六七八九十]{1,3})岁(?:的|高龄的)?$/u;
// Found at every position, so overlapping words all count: 环卫工人 holds 环卫工 and 工人.
const ROLE_FINDER = new PhraseFinder(ROLE_WORDS);
const AGE_G = new RegExp(AGE.source.slice(0, -1), "gu");
const KIN = /^的(父亲|母亲|儿子|女儿|妻子|丈夫|部下|学生|老师|后人|故居|事迹|精神)/u;

// What may follow a name: punctuation, or a word that opens what the person does.
const FOLLOW =
  /^([，、。；：！？（）()\s“”",;:!?.]|$|来|到|在|出席|主持|参加|陪同|讲话|表示|指出|强调|带队|带领|一行|等|和|与|及|同|率|作|对|就|为|说|讲|笑|介绍|要求|看望|慰问|调研|督导|会见|参观|实地|先后|深入|一同|分别|共同|亲切|听取|代表|宣读|致辞|担任|提出|认为|希望|感谢|首先|随后|还|也|又|便|就|才|都|已|正|将|把|被|让|给|从|向|现场|走访|查看|检查|前往|赴|会同|召集|传达|通报|部署|汇报|发言|总结|点评|颁发|揭牌|签约|视察|考察|观看|出任|当选|获得|荣获|的|是|告诉|回忆|坦言|感慨|激动|高兴|谈到|谈起|感叹|一边|每天|今年|老人|同志|夫妇|家|一家)/u;
// Verbs that follow a name (for telling 魏凤和会见 from 王毅和李强).
const FOLLOW_VERB =
  /^(会见|会谈|出席|主持|参加|陪同|讲话|表示|指出|强调|带队|带领|介绍|要求|看望|慰问|调研|考察|视察|致辞|宣布|说|称|在|到|来|是|一行|等)/u;
// A title after the name closes it too: 习近平主席, 韩耀辉区长.
const TITLE_AFTER_NAME =
  /^(主席|总书记|书记|总理|副总理|委员长|区长|市长|县长|镇长|乡长|村长|主任|局长|部长|院长|校长|所长|站长|队长|厂长|经理|董事长|老师|医生|教授|同志|总统|首相)/u;
// Speaking after a name the text did not introduce: 徐志高说, 王某某表示.
const SPEAKS = /^(说|表示|介绍|告诉记者|坦言|笑着说|感慨|回忆|说道|认为|谈到|激动地说|高兴地说|笑着告诉)/u;
/**
 * Where a name the text did not introduce may end: before speaking, an elder's address or a kinship word
 * (for the article's one scan; 说 too, which is one character and found on its own).
 */
export const UNINTRODUCED_ENDS = [
  ..."表示 介绍 告诉记者 坦言 感慨 回忆 认为 谈到 激动地 高兴地 笑着 老人 同志 夫妇".split(" "),
  ..."父亲 母亲 儿子 女儿 妻子 丈夫 部下 学生 老师 后人 故居 事迹 精神".split(" ").map((w) => `的${w}`),
];
let endsFinder: PhraseFinder | null = null;

/** The ends of unintroduced names in order, leftmost-longest: the scan's runs and every 说 (no run holds one). */
function withSays(text: string, runs: [number, string][]): [number, string][] {
  const out: [number, string][] = [];
  let r = 0;
  for (let at = text.indexOf("说"); at >= 0; at = text.indexOf("说", at + 1)) {
    while (r < runs.length && runs[r][0] < at) out.push(runs[r++]);
    out.push([at, "说"]);
  }
  while (r < runs.length) out.push(runs[r++]);
  return out;
}
// A given name does not start with a pronoun, particle or verb of motion: 来我区 is not a name;
// nor does it end with a particle: 王毅等.
const NOT_GIVEN = /^[我你他她它们的了在到来去是和与及对等将把被这那其各该本全说陪]/u;
const NOT_LAST = /[等和与及在的了是回说陪]$/u;
// Characters that open what follows a name far more often than they end one (not 和, 为, 正: 志和, 有为, 立正).
const NOT_GIVEN_LAST = /^[来等作将就乘对到在与及也都还又便已把被让给从率赴说讲笑称陪是向同]$/u;

const HAN = /^\p{Script=Han}+$/u;
const isHan = (c: string | undefined) => c !== undefined && c >= "\u4e00" && c <= "\u9fff";

// What 正 opens as an adverb (正与, 正在, 正向…).
const ADVERB_AFTER_ZHENG = /^[与在和向对为把被从给跟同带忙]/u;
/** True when `name` stands elsewhere in `text` than at `at` and not before what 正 opens as an adverb. */
function elsewhere(text: string, name: string, at: number): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (i !== at && !ADVERB_AFTER_ZHENG.test(text.slice(i + name.length, i + name.length + 1))) return true;
  return false;
}

/** The name starting at `at`, if one ends at a proper boundary: three characters first, unless the third begins the next word. */
function nameAt(text: string, at: number, strict = false, afterOffice = false): string | null {
  const sl = surnameLength(text.slice(at, at + 2));
  if (!sl) return null;
  for (const given of [2, 1] as const) {
    const name = nameOfLength(text, at, given, afterOffice);
    if (!name || NOT_GIVEN.test(name.slice(sl))) continue;
    const rest = text.slice(at + name.length, at + name.length + 4);
    // A 和 before a verb or a stop is the name's own (魏凤和会见, 李贞和、); before another name it joins two (王毅和李强).
    // 韩正等 never has its 等.
    if (given === 2 && NOT_LAST.test(name) && !(/[和与及]$/u.test(name) && (/^[、，,。；;]/u.test(rest) || FOLLOW_VERB.test(rest))))
      continue;
    // 李强来到, 韩正等出席, 刘奇作报告: the third character begins the next word, so the name is two long;
    // 李贞和、王宏坤 keeps its 和 (no word begins with 和、).
    if (given === 2 && isHan(rest[0]) && NOT_GIVEN_LAST.test(name.slice(-1)) && nameOfLength(text, at, 1, afterOffice)) continue;
    // 周平正与…: 正 before a preposition is "just now", unless the text has the longer name elsewhere too.
    if (
      given === 2 &&
      name.endsWith("正") &&
      ADVERB_AFTER_ZHENG.test(rest) &&
      nameOfLength(text, at, 1, afterOffice) &&
      !elsewhere(text, name, at)
    )
      continue;
    if (FOLLOW.test(rest) || TITLE_AFTER_NAME.test(rest)) return name;
    // Introduced by a title or age, a three-character name may run into a verb or adverb: 79岁的朱永利缓缓地.
    // After a role, only when the given characters are common ones (居民文明过马路 has no 文明过).
    const next = wordTag(rest.slice(0, 2));
    if (
      !strict &&
      given === 2 &&
      (afterOffice || commonGiven(name)) &&
      next &&
      /^(v|vn|vd|d|ad|p|c|a)$/u.test(next) &&
      !wordTag(name.slice(-1) + rest[0])
    )
      return name;
  }
  return null;
}

// An epithet in quotes before a name of a list: 王献忠、“表叔”李建荣、“老刀匠”张志林.
const EPITHET = /^“[^”、，。]{1,6}”/u;
/** Where the name at `i` starts, past an epithet in quotes before it. */
const pastEpithet = (text: string, i: number) => i + (EPITHET.exec(text.slice(i, i + 10))?.[0].length ?? 0);
/** Names in a list separated by 、 (or a comma before the next title) starting at `at`; every item must be a name. */
function listAt(text: string, at: number, strict = false, afterOffice = false): string[] {
  const names: string[] = [];
  let i = at;
  for (;;) {
    const n = nameAt(text, i, strict, afterOffice);
    if (!n) break;
    names.push(n);
    i += n.length;
    if (text[i] !== "、") break;
    i = pastEpithet(text, i + 1);
  }
  return names;
}

// A foreign leader named after country and office: 哈萨克斯坦总统托卡耶夫. No surname table
// helps here, so the country before the office is what makes the name believable.
const FOREIGN_OFFICE = /(总统|总理|首相|国王|女王|王储|公主|外长|外交部长|议长|副总统)$/u;
const COUNTRY_BEFORE = new RegExp(`(${COUNTRIES.join("|")})$`, "u");

// Characters that transliterated names are made of (托卡耶夫, 内塔尼亚胡, 马克龙).
const TRANSLIT = new Set(
  "阿埃艾安奥巴拜班邦保鲍贝本比彼毕波伯博布查达戴丹道德登迪蒂丁东杜多厄恩法菲费芬丰弗福盖甘冈戈格古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康柯科克肯库拉莱赖兰朗劳勒雷里利连列林琳隆卢鲁路伦罗洛马迈麦曼梅门蒙米明莫姆穆纳奈南内尼涅诺欧帕潘佩彭皮普齐乔切琼让萨塞桑森沙莎尚什施斯松苏索塔泰坦汤特图托瓦万威韦维温沃乌西希谢辛休雅亚扬耶伊因尤于约泽扎詹兹佐夫茨奇京默罕蓬舒朔尔龙迪洪夏帕洙通猜旺昆赛勒·",
);

function foreignNameAt(text: string, at: number): string | null {
  for (let len = 2; len <= 8; len++) {
    const name = text.slice(at, at + len);
    if (!/^[\p{Script=Han}·]+$/u.test(name) || /[的了是在和与及等将]/u.test(name)) return null;
    if (![...name].every((c) => TRANSLIT.has(c))) return null;
    const rest = text.slice(at + len, at + len + 4);
    if (FOLLOW.test(rest) && !/^[·]|[·]$/u.test(name) && !isOtherWord(name)) return name;
  }
  return null;
}

export interface Person {
  name: string;
  /** The titles the text gives before the name (区委书记, 副区长), in order of mention. */
  roles: string[];
}

// Words before a title that are not part of it: 由市政协主席 → 市政协主席.
const ROLE_LEAD = /^.*[由在和与及对向为请被让把将经据从、，,。；;：:“”"（）()\s\uffff]/su;
const TITLE_END = new RegExp(`(${TITLES.join("|")})$`, "u");

/** The title as written before a name: from the last punctuation or function word up to the name. */
function roleBefore(text: string, end: number): string | null {
  const head = text.slice(Math.max(0, end - 14), end).replace(ROLE_LEAD, "");
  return head.length >= 2 && TITLE_END.test(head) ? head : null;
}

/** A name the text introduces only by a role: common given characters, or a three-character name before a verb of its own. */
function believable(n: string, rest: string): boolean {
  if (wordTag(n.slice(0, 2)) && n.length === 3) return false;
  if (n.length === 2) return commonGiven(n) && !wordTag(n);
  return commonGiven(n) || /^(说|表示|介绍|一边|告诉|笑|在|是|的|和|今年|家)/u.test(rest) || /^[，,。、；;：:！!？?）)”]/u.test(rest);
}

// The hundred-odd most frequent surnames: a two-character name nobody introduces needs one (巴方说, 信中说 are none).
const COMMON_SURNAME =
  /^[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]/u;

/** A three-character name with a common surname that the text gives again (林银花老人…林银花): a name, whatever its given characters. */
function mentionedAgain(text: string, n: string, at: number): boolean {
  return COMMON_SURNAME.test(n) && (text.indexOf(n) !== at || text.indexOf(n, at + n.length) >= 0);
}

/** A clean left edge for a name the text does not introduce: start, punctuation, a mask, or a function word. */
const cleanBefore = (text: string, at: number) =>
  at === 0 || !isHan(text[at - 1]) || /[是和与及的在对向给让被把将由从同跟据]/u.test(text[at - 1]);

// A picture's subject (图为X在…), a place in a group photo (X（左一）), or whom something happens under (在X的带领下).
const PICTURED = /图为(?=\p{Script=Han}{2,3}(?:在|正|和|与|向|为|等|带|给|把|将|[（(，,]))/uy;
const POSITION = /[（(](?:左|右|中|前排左|前排右|后排左|后排右)[一二三四五六七八九]?[）)]/uy;
const UNDER_WORDS = "带领 帮助 指导 陪同 组织 号召 鼓励 支持 关心 带动".split(" ");
/** The words such a cue starts with, for the article's one scan (which finds where to look). */
export const PERSON_CUES = [
  "图为",
  ..."（左 （右 （中 （前排 （后排 (左 (右 (中 (前排 (后排".split(" "),
  ...UNDER_WORDS.map((w) => `的${w}下`),
];
const CUES_RE = new RegExp(PERSON_CUES.map((c) => c.replace(/[()]/gu, "\\$&")).join("|"), "gu");

/** Where a cue puts a name: its start if it is three characters long and if two (−1: not there), and whether its left edge needs checking. */
interface Cued {
  at3: number;
  at2: number;
  edge: boolean;
}

/** The names' places the cues give; `cues` are where the scan found PERSON_CUES, without them the text is searched. */
function cuedNames(text: string, cues?: [number, string][]): Cued[] {
  const out: Cued[] = [];
  for (const [at, cue] of cues ?? [...text.matchAll(CUES_RE)].map((m): [number, string] => [m.index, m[0]])) {
    if (cue === "图为") {
      PICTURED.lastIndex = at;
      if (PICTURED.test(text)) out.push({ at3: at + 2, at2: at + 2, edge: false });
    } else if (cue.startsWith("的")) {
      // 在 before the name gives its start: 在黄淑芬的带领下, 在王丽的帮助下.
      if (text[at - 4] === "在") out.push({ at3: at - 3, at2: -1, edge: false });
      else if (text[at - 3] === "在") out.push({ at3: -1, at2: at - 2, edge: false });
    } else {
      POSITION.lastIndex = at;
      if (POSITION.test(text)) out.push({ at3: at - 3, at2: at - 2, edge: true });
    }
  }
  return out;
}

type Found = Map<string, Person & { at: number }>;
// Module functions rather than closures made per article: the loader tags tens of thousands of articles,
// and a closure per call costs (more so where the tool chain names each function it makes).
function add(found: Found, n: string, at: number, role: string | null = null): void {
  const p = found.get(n) ?? found.set(n, { name: n, roles: [], at }).get(n)!;
  if (role && !p.roles.includes(role)) p.roles.push(role);
}
function addAll(found: Found, names: string[], at: number, role: string | null = null): void {
  for (const n of names) {
    add(found, n, at, role);
    at += n.length + 1;
  }
}

/** People in `text`; `titles` are the positions of office titles in it (from the shared scan). */
export function extractPeople(
  text: string,
  titles: [number, string][] = SCAN_TITLES.findEach(text),
  roles: [number, string][] = ROLE_FINDER.findEach(text),
  unintroduced: [number, string][] = (endsFinder ??= new PhraseFinder(UNINTRODUCED_ENDS)).find(text),
  cues?: [number, string][],
): Person[] {
  const found: Found = new Map();
  for (const [at, t] of titles) {
    const end = at + t.length;
    const role = roleBefore(text, end);
    // 副主席陈玮、王龙、许威: after a title; a title's run may also start after a space (乡党委书记 赵某某).
    const start = text[end] === " " || text[end] === "\u3000" ? end + 1 : end;
    const names = listAt(text, start, false, OFFICES.test(t));
    addAll(found, names, start, role);
    const head = text.slice(Math.max(0, at - 12), end);
    if (!names.length && FOREIGN_OFFICE.test(t) && COUNTRY_BEFORE.test(head.slice(0, head.length - t.length))) {
      const n = foreignNameAt(text, end);
      if (n) add(found, n, end, role);
    }
  }
  for (let i = text.indexOf("领导"); i >= 0; i = text.indexOf("领导", i + 2)) addAll(found, listAt(text, i + 2), i + 2);
  // Standing, age: 搬迁群众龙佰香, 73岁的刘某某 (the name right after the role or age).
  const roleEnds = roles.map(([at, w]) => at + w.length);
  if (text.includes("岁")) for (const m of text.matchAll(AGE_G)) roleEnds.push(m.index + m[0].length);
  for (const i of roleEnds) {
    if (!SINGLE_SURNAMES.has(text[i]) && !surnameLength(text.slice(i, i + 2))) continue;
    const aged = /岁(?:的|高龄的)?$/u.test(text.slice(Math.max(0, i - 4), i));
    const n = nameAt(text, i, false, aged);
    // After a role the model must believe the name (农民丰收节 holds none; 搬迁群众龙佰香一边 does).
    if (n && (aged || believable(n, text.slice(i + n.length, i + n.length + 4)))) {
      add(found, n, i);
      // The role may head a list: 模范人物王献忠、“表叔”李建荣、“老刀匠”张志林.
      if (text[i + n.length] === "、") {
        const j = pastEpithet(text, i + n.length + 1);
        addAll(found, listAt(text, j, true), j);
      }
    }
  }
  // A full name before a title or office: 王建国书记, 张丽华老师 (a surname alone before it is an address: 王书记).
  for (const [at, t] of titles) {
    if (
      !/^(书记|主任|局长|县长|区长|市长|镇长|乡长|村长|校长|院长|所长|站长|队长|老师|医生|教授|同志|主席|部长|厂长|经理|董事长)$/u.test(t)
    )
      continue;
    for (const len of [3, 2]) {
      const i = at - len;
      if (i < 0 || !cleanBefore(text, i)) continue;
      const n = nameAt(text, i, true);
      if (n && n.length === len && !found.has(n) && commonGiven(n) && (len === 3 || COMMON_SURNAME.test(n))) {
        add(found, n, i, t);
        break;
      }
    }
  }
  // Not introduced at all: a name the model believes, before speaking or an elder's address (X说, X老人),
  // or before a kinship word (张学良的部下). Only the two or three characters before such a word are read.
  for (const [index] of withSays(text, unintroduced)) {
    for (const len of [3, 2, 4]) {
      const i = index - len;
      if (i < 0 || !cleanBefore(text, i)) continue;
      const n = nameAt(text, i, true);
      if (!n || n.length !== len || found.has(n)) continue;
      const rest = text.slice(i + n.length, i + n.length + 6);
      if (
        ((SPEAKS.test(rest) || /^(老人|同志|夫妇)/u.test(rest)) &&
          (n.length >= 3 ? commonGiven(n) || mentionedAgain(text, n, i) : commonGiven(n) && SPEAKS.test(rest) && COMMON_SURNAME.test(n))) ||
        (n.length >= 3 && commonGiven(n) && KIN.test(rest))
      ) {
        add(found, n, i);
        break;
      }
    }
  }
  // What a caption or a phrase says of a person: 图为李春生在…, 张德明（左一）, 在黄淑芬的带领下.
  for (const { at3, at2, edge } of cuedNames(text, cues))
    for (const [at, len] of [
      [at3, 3],
      [at2, 2],
    ]) {
      if (at < 0 || (edge && !cleanBefore(text, at))) continue;
      const n = nameAt(text, at, true);
      if (n && n.length === len && commonGiven(n) && (len === 3 || COMMON_SURNAME.test(n))) {
        add(found, n, at);
        break;
      }
    }
  // A list of three or more names on its own: 韩耀辉、邢军、高召军…与各镇街负责同志.
  for (let i = text.indexOf("、"); i >= 0; i = text.indexOf("、", i + 1)) {
    for (const len of [2, 3]) {
      const at = i - len;
      if (at < 0 || !SINGLE_SURNAMES.has(text[at]) || isHan(text[at - 1]) || !HAN.test(text.slice(at, i))) continue;
      const names = listAt(text, at, true);
      if (names.length >= 3) addAll(found, names, at);
    }
  }
  // Once known, a name counts wherever it stands as a word of its own: 徐志高在该社区….
  for (const n of [...found.keys()]) {
    if (n.length < 2) continue;
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
      if (at >= found.get(n)!.at) break;
      if (cleanBefore(text, at) && FOLLOW.test(text.slice(at + n.length, at + n.length + 4))) found.get(n)!.at = at;
    }
  }
  // A shorter name cut from a longer one is none (魏凤 of 魏凤和).
  const names = [...found.values()].filter((p) => ![...found.keys()].some((o) => o !== p.name && o.startsWith(p.name)));
  return names.sort((a, b) => a.at - b.at).map(({ name, roles }) => ({ name, roles }));
}

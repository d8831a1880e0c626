/**
 * People (人物): names after an office title (区委书记宋磊, 副市长左文) and in
 * lists after 领导 or of several names (区领导韩耀辉、邓兴、张忠良). A name is a
 * surname and one or two characters that end where a verb or punctuation begins.
 */
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "./surnames";
import { isOtherWord } from "./lexicon";
import { PhraseFinder } from "./phrase-finder";
import { COUNTRIES } from "./gazetteer";

// Longest first, so 副区长 wins over 区长.
const TITLES = [
  "党组书记",
  "党委书记",
  "党工委书记",
  "总书记",
  "副书记",
  "书记",
  "常务副区长",
  "常务副市长",
  "常务副县长",
  "副区长",
  "区长",
  "副市长",
  "市长",
  "副县长",
  "县长",
  "副镇长",
  "镇长",
  "副乡长",
  "乡长",
  "常务副主任",
  "副主任",
  "主任",
  "副局长",
  "局长",
  "副部长",
  "部长",
  "副院长",
  "院长",
  "副检察长",
  "检察长",
  "庭长",
  "副秘书长",
  "秘书长",
  "副主席",
  "主席",
  "副总理",
  "总理",
  "副省长",
  "省长",
  "副厅长",
  "厅长",
  "处长",
  "科长",
  "大队长",
  "队长",
  "所长",
  "站长",
  "副校长",
  "校长",
  "董事长",
  "副总经理",
  "总经理",
  "经理",
  "副总编辑",
  "总编辑",
  "总编",
  "社长",
  "会长",
  "组长",
  "政委",
  "理事长",
  "馆长",
  "园长",
  "主任委员",
  "委员",
  "常委",
  "支书",
  "负责人",
  "教授",
  "院士",
  "同志",
].sort((a, b) => b.length - a.length);
const SCAN_TITLES = new PhraseFinder(TITLES);

/** Office titles, for the one scan that finds titles and gazetteer places together. */
export const TITLE_SET = new Set(TITLES);

// What may follow a name: punctuation, or a word that opens what the person does.
const FOLLOW =
  /^([，、。；：！？（）()\s“”"]|来|到|在|出席|主持|参加|陪同|讲话|表示|指出|强调|带队|带领|一行|等|和|与|及|同|率|作|对|就|为|说|介绍|要求|看望|慰问|调研|督导|会见|参观|实地|先后|深入|一同|分别|共同|亲切|听取|代表|宣读|致辞|担任|提出|认为|希望|感谢|首先|随后|还|也|现场|走访|查看|检查|前往|赴|会同|召集|传达|通报|部署|汇报|发言|总结|点评|颁发|揭牌|签约|视察|考察|观看|出任|当选|获得|荣获|的)/u;
const HAN = /^\p{Script=Han}+$/u;
// A title after the name closes it too: 习近平主席, 韩耀辉区长.
const TITLE_AFTER_NAME = /^(主席|总书记|书记|总理|副总理|委员长|区长|市长|县长|镇长|主任|局长|部长|院长|同志|总统|首相)/u;
// A given name does not start with a pronoun, particle or verb of motion: 来我区 is not a name;
// nor does it end with a particle: 王毅等.
const NOT_GIVEN = /^[我你他她它们的了在到来去是和与及对等将把被这那其各该本全]/u;
const NOT_LAST = /[等和与及在的了是回]$/u;

function surnameLength(s: string): number {
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return 2;
  return SINGLE_SURNAMES.has(s[0]) ? 1 : 0;
}

/** The name starting at `at`, if one ends at a proper boundary: longest first. */
function nameAt(text: string, at: number): string | null {
  const sl = surnameLength(text.slice(at, at + 2));
  if (!sl) return null;
  for (const given of [2, 1]) {
    const name = text.slice(at, at + sl + given);
    if (name.length !== sl + given || !HAN.test(name) || NOT_GIVEN.test(name.slice(sl)) || (given === 2 && NOT_LAST.test(name))) continue;
    const rest = text.slice(at + name.length, at + name.length + 4);
    if ((rest === "" || FOLLOW.test(rest) || TITLE_AFTER_NAME.test(rest)) && !isOtherWord(name)) return name;
  }
  return null;
}

/** Names in a list separated by 、 starting at `at`; every item must be a name. */
function listAt(text: string, at: number): string[] {
  const names: string[] = [];
  let i = at;
  for (;;) {
    const n = nameAt(text, i);
    if (!n) break;
    names.push(n);
    i += n.length;
    if (text[i] !== "、") break;
    i++;
  }
  return names;
}

const isHan = (c: string | undefined) => c !== undefined && HAN.test(c);

// A foreign leader named after country and office: 哈萨克斯坦总统托卡耶夫. No surname table
// helps here, so the country before the office is what makes the name believable.
const FOREIGN_OFFICE = /(总统|总理|首相|国王|女王|王储|公主|外长|外交部长|议长|副总统)$/u;
const COUNTRY_BEFORE = new RegExp(`(${COUNTRIES.join("|")})$`, "u");

function foreignNameAt(text: string, at: number): string | null {
  for (let len = 2; len <= 8; len++) {
    const name = text.slice(at, at + len);
    if (!/^[\p{Script=Han}·]+$/u.test(name) || /[的了是在和与及等将]/u.test(name)) return null;
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
const ROLE_LEAD = /^.*[由在和与及对向为请被让把将经据从、，,。；;：:“”"（）()\s]/u;

/** The title as written before a name: from the last punctuation or function word up to the name. */
function roleBefore(text: string, end: number): string | null {
  const head = text.slice(Math.max(0, end - 14), end).replace(ROLE_LEAD, "");
  return head.length >= 2 && TITLE_END.test(head) ? head : null;
}
const TITLE_END = new RegExp(`(${TITLES.join("|")})$`, "u");

/** People in `text`; `titles` are the positions of office titles in it (from the shared scan). */
export function extractPeople(text: string, titles: [number, string][] = SCAN_TITLES.findEach(text)): Person[] {
  const found = new Map<string, Person>();
  const add = (n: string, role: string | null = null) => {
    const p = found.get(n) ?? found.set(n, { name: n, roles: [] }).get(n)!;
    if (role && !p.roles.includes(role)) p.roles.push(role);
  };
  for (const [at, t] of titles) {
    const names = listAt(text, at + t.length);
    const role = roleBefore(text, at + t.length);
    names.forEach((n) => add(n, role));
    const head = text.slice(Math.max(0, at - 12), at + t.length);
    if (!names.length && FOREIGN_OFFICE.test(t) && COUNTRY_BEFORE.test(head.slice(0, head.length - t.length))) {
      const n = foreignNameAt(text, at + t.length);
      if (n) add(n, role);
    }
  }
  for (let i = text.indexOf("领导"); i >= 0; i = text.indexOf("领导", i + 2)) {
    for (const n of listAt(text, i + 2)) add(n);
  }
  // A list of three or more names on its own: 韩耀辉、邢军、高召军…与各镇街负责同志.
  for (let i = text.indexOf("、"); i >= 0; i = text.indexOf("、", i + 1)) {
    for (const len of [2, 3]) {
      const at = i - len;
      if (at < 0 || !SINGLE_SURNAMES.has(text[at]) || isHan(text[at - 1]) || !HAN.test(text.slice(at, i))) continue;
      const names = listAt(text, at);
      if (names.length >= 3) names.forEach((n) => add(n));
    }
  }
  return [...found.values()];
}

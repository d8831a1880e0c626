/**
 * Organisations (机构) by name, with their real boundaries: a body named after
 * its place (晋江市商务局, 太和县公安局城东派出所, 汉阴县委社会工作部), or a
 * proper name and a kind of body (河北宏泰专用汽车有限公司, 永康二中,
 * 银龄先锋志愿服务队, 湖南日报, 新华网). Bodies named relative to the paper's
 * own place (区委, 市教育局, 镇政府) are kept, marked relative: the same name
 * is another body in another paper. A body that only stands in a person's
 * title (区委书记, 管委会主任) is none.
 */
import { divisions } from "./divisions";
import { COMMON_BARE, factsOf, gazetteerFinder } from "./places";
import { nameTail, wordTag, wordsOf } from "./lexicon";
import { regionScore } from "./region";
import { isStopChar, Scratch } from "./spans";
import { KNOWN_ORGS, ORG_ALIASES } from "./known-orgs";
import { COUNTRIES } from "./gazetteer";

const FOREIGN_NAMES = new Set([...COUNTRIES, "中国", "我国", "外国", "国外", "境外"]);
import { PhraseFinder } from "./phrase-finder";
import { listedCompanies } from "./listed-companies";
import { NAMED_ENDS, RELATIVE_BODIES, RELATIVE_WHOLES, SHORT_BODIES } from "./suffixes";

export interface Organisation {
  name: string;
  at: number;
  /** The full name a short one stands for, where the text gives both (宏泰公司 → 河北宏泰专用汽车有限公司). */
  canonical?: string;
  /** Named relative to the paper's place (区委, 市教育局). */
  relative?: boolean;
}

// Kinds of public body after a place: longest first in the alternation.
const BODY_END =
  "人民代表大会常务委员会|人民代表大会|人大常委会|政协|人民政府|政府|党工委|管委会|委员会|纪委监委|纪委|监委|中级人民法院|人民法院|法院|人民检察院|检察院|公安局|派出所|分局|局|厅|委|办公室|办|部|院|所|站|中心|馆|大队|支队|中队|队|残联|妇联|总工会|工会|团委|科协|侨联|文联|社科联|工商联|红十字会|协会|联合会|学会|商会|中学|小学|高中|初中|幼儿园|学校|医院|卫生院|处|团委|代表团";
const BODY_AFTER_PLACE = new RegExp(`^(.{0,10}?)(${BODY_END})$`, "u");
// What a body's own name never holds: verbs that follow it, people of it, numbers and ordinals.
const NOT_IN_BODY =
  /(电站|电厂|机场|港口|码头|大桥|隧道|水库|基地|项目|工程|园区|产业园|旧址|常委|书记|西站|东站|南站|北站|火车站|高铁站|体育中心|奥体中心|会议中心|展览馆|国宾馆|迎宾馆|博览中心|会展中心|大剧院|体育馆|体育场|城市|副中心|场馆|会场|冬奥会|亚运会|运动会|博览会|开展|组织|召开|举办|举行|联合|积极|深入|认真|进行|启动|发布|印发|出台|推出|成立|主办|承办|协办|共同|牵头|带领|负责|表示|指出|介绍|发现|通报|提醒|走进|来到|前往|邀请|会同|工作人员|干部|职工|民警|党员|领导|主任|局长|书记|部长|院长|所长|队长|站长|第|届|次|\d|全体|相关|有关|各|等|和|与|及|的|在|对|向|为|将|已|于|到|是|有|要|了|也|都|就|还|把|被|让|给|从)/u;
// Sub-units that continue a body's name: 公安局|城东派出所, 小学|玉润分校.
const SUB_UNIT = /^(\p{Script=Han}{0,4}?)(派出所|分局|分校|校区|支行|分行|分院|中队|大队|支队|分公司|服务站|工作站|门诊部)/u;

// A company name starts after these words.
const VERB_CUT =
  /(所属|下属|旗下|以下简称|简称|统称|下称|加入|出席|参加|举行|召开|会见|访问|宣布|发布|上市|拆除|通过|引进|签约|落地|投资|建设|组织|走访|深入|参观|考察|调研|推动|支持|服务|帮助|联合|集中|积极|主动|全力|成立|注册|收购|入驻|希望|感谢|欢迎|邀请|表示|指出|来到|走进|据|和|与|及|由|在|向|为|对|是|把|被|将|从|了|的)/u;
const VERB_CUT_G = new RegExp(VERB_CUT.source, "gu");
// Names of a kind, no names: 相关公司, 该公司, 大数据公司 describes, 鲁南实业公司 names.
const GENERIC_STEM =
  /^(各大|该|本|我|各|每|全|多家|一家|一些|相关|有关|辖区|当地|本地|周边|驻地|上级|下属|其他|其它|多个|部分|两家|三家|新|老|大|小|党员|青年|巾帼|志愿者?|爱心|医疗|社区|村|学生|教师|家长|居民|群众|社会|民间|企业|物流|科技|网络|电商|媒体|主流媒体|中央媒体|新闻|官方|互联|物联|电|管|上|光|天|联|局域|骨干|专|校|家|县|市|区|镇|乡|省)$/u;
const NOT_MEDIA_NET =
  /(互联|物联|电|管|上|光|天|联|局域|骨干|渔|蛛|球|铁丝|防护|安全|织|公网|外|内|组|铁路|高速铁路|公路|交通|算力|电力|能源|物流|信息|通信|数据|水|气|路|光缆|宽带|卫星|导航|气象|监测|服务|销售|营销|医疗|社会|关系|人际|充电|燃气|供水|排水|管道|输电|配电|电信|移动|交通运输|立体交通|综合交通|城际|铁|航线|航空|水运|港口|生态|法治|天罗地|防控|监控|观测|站)$/u;

const RELATIVE = /^(省|市|区|县|镇|乡|街道|团(省|市|区|县)委)/u;
// A body followed by one of these is part of a title or a room: 区委书记, 市政府副秘书长, 区委二楼常委会议室.
const TITLE_AFTER =
  /^(常委|书记|副|主任|委员|秘书长|部长|局长|院长|检察长|所长|队长|站长|校长|主席|党组|办公室|宣传部|组织部|统战部|政法委|二楼|大楼|\d+楼|会议室|常务)/u;

const isHan = (c: string | undefined) => !!c && c >= "\u4e00" && c <= "\u9fff";
let knownFinder: PhraseFinder | null = null;
const takenScratch = new Scratch();

/** The words that end a body's name in a text, leftmost-longest (suffixes.ts). */
export interface BodyEnds {
  /** Kinds of body after a proper name (有限公司, 日报). */
  named: [number, string][];
  /** Bodies named relative to the paper's place, one list per kind: departments, whole bodies, short ones. */
  relative: [number, string][][];
  /** Where a list of companies may end (等企业, LIST_END_STARTS); searched for when absent. */
  lists?: number[];
}
let endFinders: PhraseFinder[] | null = null;
/** Without the article's one scan: a search of the text itself. */
function bodyEndsIn(text: string): BodyEnds {
  const [named, ...relative] = (endFinders ??= [NAMED_ENDS, RELATIVE_BODIES, RELATIVE_WHOLES, SHORT_BODIES].map(
    (l) => new PhraseFinder(l),
  ));
  return { named: named.find(text), relative: relative.map((f) => f.find(text)) };
}

/** The named ends and every 网 no longer end covers (新华网; 新闻网 holds its own): 网 is too short for the phrase finder. */
function withNet(text: string, named: [number, string][]): [number, string][] {
  if (!text.includes("网")) return named;
  const out: [number, string][] = [];
  let r = 0;
  for (let at = text.indexOf("网"); at >= 0; at = text.indexOf("网", at + 1)) {
    while (r < named.length && named[r][0] < at) out.push(named[r++]);
    const last = out.at(-1);
    if (!last || last[0] + last[1].length <= at) out.push([at, "网"]);
  }
  while (r < named.length) out.push(named[r++]);
  return out;
}

/** A body found at `at`, unless a longer one took its characters (a module function: no closure per article). */
function add(text: string, taken: Uint8Array, found: Organisation[], at: number, name: string, relative = false): void {
  // A sub-unit continues the name: 市应急局|监察支队.
  const sub = SUB_UNIT.exec(text.slice(at + name.length, at + name.length + 8));
  if (sub) name += sub[0];
  for (let i = at; i < at + name.length; i++) if (taken[i]) return;
  if (TITLE_AFTER.test(text.slice(at + name.length, at + name.length + 4))) return;
  taken.fill(1, at, at + name.length);
  if (!found.some((o) => o.name === name)) found.push(relative ? { name, at, relative: true } : { name, at });
}

/**
 * Organisations in `text`; `gazetteer` and `known` are the division names and known organisations in it,
 * leftmost-longest, and `ends` the words that end a body's name (all from the article's one scan).
 */
export function extractOrganisations(
  text: string,
  region: string[] = [],
  gazetteer: [number, string][] = gazetteerFinder().find(text),
  known: [number, string][] = (knownFinder ??= new PhraseFinder(KNOWN_ORGS)).find(text),
  ends: BodyEnds = bodyEndsIn(text),
): Organisation[] {
  const found: Organisation[] = [];
  const taken = takenScratch.zeroed(text.length);
  // 1. Bodies after a place: the longest body name the place begins.
  // Places a body can be named after: full names (晋江市, 和县 only with clean edges), a province or
  // prefecture by its bare name (河源), a county or town by its bare name only in the region (陈埭).
  const places = gazetteer.filter(([at, n]) => {
    const entries = factsOf(n).divisions;
    if (!entries) return false;
    if (entries.some((e) => !e.bare && e.name === n)) return n.length > 2 || !isHan(text[at - 1]) || isStopChar(text.charCodeAt(at - 1));
    // A bare name glued to the word before it is no prefix (市场监督管理局|光明监管局).
    if (isHan(text[at - 1]) && !isStopChar(text.charCodeAt(at - 1))) return false;
    return entries.some((e) => (e.level <= 2 && !COMMON_BARE.has(n)) || regionScore(e.code, region) >= (e.level === 3 ? 4 : 6));
  });
  const candidates: [number, string][] = [];
  for (const [at, place] of places) {
    const body = bodyAfter(text, at + place.length);
    if (body) candidates.push([at, place + body]);
  }
  // 2. Named bodies: a proper name before a kind of body.
  for (const [at, kind] of withNet(text, ends.named)) {
    const end = at + kind.length;
    if (isHan(text[end]) && /^(会|委|部|办|长|队|员|生|站|区|里|园|点)/u.test(text[end]) && kind.length === 1) continue;
    // The kind's last character begins a word with the next one: 协商会|议, 日报|道, 大学|生, 集团|结.
    if (cutsWord(text, end)) continue;
    const stem = stemBefore(text, at, kind);
    if (stem) candidates.push([at - stem.length, stem + kind]);
  }
  // Companies by their short names in a list that says what they are (东超科技、三利谱等企业).
  candidates.push(...listedCompanies(text, ends.lists));
  // Known names, unless a place name runs into them (北京东城区 holds no 京东); longer names still win (中国建筑集团).
  for (const [at, n] of known) if (!gazetteer.some(([pa, pn]) => pa < at && pa + pn.length > at)) candidates.push([at, n]);
  candidates.sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  for (const [at, name] of candidates) add(text, taken, found, at, name, RELATIVE.test(name));
  // 3. Relative bodies: 市教育局, 区委、区政府.
  for (const list of ends.relative)
    for (const [at, name] of list) {
      // 城市委员会 and 社区委 are no 市委, 区委.
      if (/[城都超门夜股上黑菜花集早楼车社小景郊山园]/u.test(text[at - 1] ?? "")) continue;
      add(text, taken, found, at, name, true);
    }
  found.sort((a, b) => a.at - b.at);
  return withAliases(found);
}

// Words that end a body's name: verbs, prepositions, conjunctions, particles, adverbs, pronouns, numerals.
const ENDS_BODY = /^(v|vd|vi|p|c|u|ul|uj|uz|ud|ug|uv|d|r|rr|rz|m|mq|q|t|y)$/u;

/** The body a place name begins at `at`: 商务局 after 晋江市, 公安局城东派出所 after 太和县. */
// The last characters of every kind of body: a window without any holds none.
const BODY_CHARS = new Uint8Array(0x10000);
for (const c of BODY_END.replace(/\|/gu, "")) BODY_CHARS[c.charCodeAt(0)] = 1;
const isHanCode = (c: number) => c >= 0x4e00 && c <= 0x9fff;

function bodyAfter(text: string, at: number): string | null {
  const end = Math.min(text.length, at + 14);
  let any = false;
  for (let i = at; i < end && !any; i++) any = BODY_CHARS[text.charCodeAt(i)] === 1;
  if (!any) return null;
  let stop = at;
  while (stop < end && isHanCode(text.charCodeAt(stop))) stop++;
  let window = text.slice(at, stop);
  const bad = NOT_IN_BODY.exec(window);
  if (bad) window = window.slice(0, bad.index);
  let len = 0;
  for (const w of wordsOf(window)) {
    if (w.word.length > 1 && ENDS_BODY.test(w.tag)) break;
    len += w.word.length;
  }
  window = window.slice(0, len);
  // A village's or community's committee is a place and an office at once, no named body; 广西北部 is a part of it.
  if (/村|社区|居委/u.test(window) || /^[东西南北中]{1,3}部/u.test(window)) return null;
  // The longest prefix of the window that ends with a kind of body.
  for (let k = window.length; k >= 1; k--) {
    // Only a prefix ending in a character of some kind of body can end with one (a cheap test before the pattern).
    if (BODY_CHARS[window.charCodeAt(k - 1)] !== 1) continue;
    const w = window.slice(0, k);
    const m = BODY_AFTER_PLACE.exec(w);
    if (!m || m[0].length !== w.length) continue;
    // Kinds (局, 办, 中心, 馆…) need a department before them: 商务局; a body of the place itself (县委, 市政府) does not.
    // A place's name before the kind makes a place's station or site, no body: 北京|丰台站.
    if (m[1] && /^(站|中心|馆|所|处)$/u.test(m[2]) && divisions().byName.has(m[1])) continue;
    // Kinds that are no body on their own need one too: 上海中心 is a building, 北京西站 a station.
    if (
      !m[1] &&
      !/^(委|人民代表大会常务委员会|人民代表大会|人大常委会|政协|人民政府|政府|党工委|管委会|纪委监委|纪委|监委|中级人民法院|人民法院|法院|人民检察院|检察院|公安局|残联|妇联|总工会|团委|科协|侨联|文联|社科联|工商联|红十字会)$/u.test(
        m[2],
      )
    )
      continue;
    const sub = SUB_UNIT.exec(text.slice(at + w.length, at + w.length + 8));
    return sub ? w + sub[0] : w;
  }
  return null;
}

/** True when the characters either side of `end` make a word and the next one begins none: the name would cut a word. */
const cutsWord = (text: string, end: number) =>
  isHan(text[end]) && wordTag(text.slice(end - 1, end + 1)) !== null && wordTag(text.slice(end, end + 2)) === null;

// Words that describe a kind of body rather than name one (上市公司, 县域普通高中, 多家航空公司).
const DESCRIPTIVE =
  /^(中医|中西医结合|妇幼保健|口腔|眼科|肿瘤|精神|传染病|骨科|妇产|上市|境内|境外|国内|国外|普通|县域|高水平|研究型|城市|三级|二级|多家|多所|一流|重点|民营|国有|外资|中小|中小型|龙头|骨干|知名|大型|小型|中型|本土|外国|跨国|海外|头部|新型|现代|综合|专业|公立|私立|民办|公办|示范|优质|特色|品牌|地方|当地|全国|全球|国际|世界|航空|物流|科技|网络|电商|媒体|建筑|能源|电力|汽车|化工|医药|食品|农业|金融|保险|证券|投资|房地产|地产|旅游|文化|传媒|教育|铁路|交通|运输|通信|新闻|广播|电视|出版|餐饮|外卖|快递|银行|零售|商业|贸易|制造|服务|管理|发展|研究|设计|咨询|培训|家政|养老|医疗|卫生|社区|乡村|农村|儿童|妇女|青少年|老年|一家|各类|相关|有关)+$/u;

/** The proper name before a kind of body at `end`, if it has one. */
function stemBefore(text: string, end: number, kind: string): string | null {
  let start = end;
  while (start > 0 && end - start < 16 && !isStopChar(text.charCodeAt(start - 1)) && !'“”"'.includes(text[start - 1])) start--;
  let stem = text.slice(start, end);
  // An open bracket starts the name inside it: 中央党校（国家行政学院.
  const open = Math.max(stem.lastIndexOf("（"), stem.lastIndexOf("("));
  if (open >= 0 && !/[)）]/u.test(stem.slice(open))) stem = stem.slice(open + 1);
  // The kind written before it starts the name after it: 医院希法医院 → 希法.
  const again = stem.lastIndexOf(kind);
  if (again >= 0) stem = stem.slice(again + kind.length);
  let last = -1;
  for (const m of stem.matchAll(VERB_CUT_G)) last = m.index + m[0].length;
  if (last >= 0) stem = stem.slice(last);
  // Companies hold words like 发展, 科技 (山东联大凯威实业发展有限公司); other bodies lose a verb before them.
  if (!/公司|集团/u.test(kind)) stem = nameTail(stem);
  if (
    stem.length < 2 ||
    !/^[\p{Script=Han}A-Za-z]/u.test(stem) ||
    /\d|^[年月日届]/u.test(stem) ||
    GENERIC_STEM.test(stem) ||
    DESCRIPTIVE.test(stem)
  )
    return null;
  // Meetings, events and documents name no body: 二十大精神中央宣讲团.
  if (/精神|全会|会议|大会|活动|工作|[一二三四五六七八九十]+国/u.test(stem) && !/^[一二三四五六七八九十]+国$/u.test(stem)) return null;
  if (/村|社区|居委/u.test(stem)) return null;
  // 中国公司, 美国企业: companies of a country, no company.
  if (kind === "公司" && (FOREIGN_NAMES.has(stem) || divisions().byName.has(stem))) return null;
  // A school numbered after its place: 永康二中.
  if (/^[一二三四五六七八九十]中$/u.test(kind) && !divisions().byName.has(stem)) return null;
  // A proper name has a word the dictionary does not hold as a common one: 银龄先锋, 宏泰; 党史学习教育 has none.
  const { byName } = divisions();
  if (!wordsOf(stem).some((w) => !wordTag(w.word) || /^(ns|nr|nrfg|nrt|nz|nt|j|x)$/u.test(w.tag) || byName.has(w.word))) return null;
  // A network of things is no medium: 立体交通网, 算力网, 深化网; 新华网, 中国文明网 are.
  const lastWord = wordsOf(stem).at(-1)!;
  if (
    kind === "网" &&
    (NOT_MEDIA_NET.test(stem) || wordTag(stem + kind) || (lastWord.word.length > 1 && /^(n|vn|v|a|an|ad|d)$/u.test(lastWord.tag)))
  )
    return null;
  // A dictionary word of a common kind is a description, not a name: 党员志愿服务队, 物流公司.
  const t = wordTag(stem);
  if (t && !/^(ns|nr|nrfg|nrt|nz|nt|j|x)$/u.test(t)) return null;
  return stem;
}

/** A short name whose stem stands inside a full name of the same article: 宏泰公司 → 河北宏泰专用汽车有限公司. */
const ALIASES = new Map(ORG_ALIASES);
const SHORT_COMPANY = /^(.{2,4}?)(公司|集团)$/u;
function withAliases(orgs: Organisation[]): Organisation[] {
  const known = ALIASES;
  for (const o of orgs) {
    if (known.has(o.name)) o.canonical = known.get(o.name);
    // Read only for names that can be one (four to six characters ending so), as most are not.
    const maybe = o.name.length >= 4 && o.name.length <= 6 && (o.name.endsWith("公司") || o.name.endsWith("集团"));
    const short = maybe ? SHORT_COMPANY.exec(o.name) : null;
    if (!short) continue;
    const full = orgs.find(
      (f) => f !== o && f.name.length > o.name.length && f.name.includes(short[1]) && /(有限公司|集团)$/u.test(f.name),
    );
    if (full) o.canonical = full.name;
  }
  return orgs;
}

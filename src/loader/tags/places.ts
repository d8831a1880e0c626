/**
 * Places (地点): administrative divisions from the gazetteer (辽源市, 西安区,
 * 庙宇镇), villages and communities by their suffix and the village index
 * (袁都村, 西环中街社区), named natural and leisure sites (漓江, 麦积山, 半山公园),
 * countries and foreign cities. Each link of a chain is its own place
 * (石峰区田心街道田心村社区 → 石峰区, 田心街道, 田心村社区). A bare name (天水,
 * 商州) counts where the gazetteer knows it and, below the prefecture level, only
 * in the article's own region. Names inside organisations, credits and book
 * titles were masked before; names inside a road's name are not places.
 */
import { divisions, isLocalBare, type Division, type Level } from "./divisions";
import { PhraseFinder } from "./phrase-finder";
import { COUNTRIES, WORLD_CITIES } from "./gazetteer";
import { nameTail, wordTag, wordsOf } from "./lexicon";
import { isStopChar, Scratch } from "./spans";
import { regionScore } from "./region";
import { LANDMARKS } from "./landmarks";
import { SITE_ENDS, ZONE_ENDS } from "./suffixes";

export interface Place {
  name: string;
  at: number;
  /** Division code and level, when the gazetteer and the context tell which division it is. */
  code?: string;
  level?: Level;
  /** The official name a bare or short form stands for (吉林 → 吉林省). */
  canonical?: string;
}

let finder: PhraseFinder | null = null;
const FOREIGN = new Set([...COUNTRIES, ...WORLD_CITIES]);
const LANDMARK_SET = new Set(LANDMARKS);
/** One scan finds every division name (full, short and bare forms), foreign name and landmark. */
/** One scan finds every full division name, every province's and prefecture's bare name, every foreign name and landmark. */
export const gazetteerFinder = () =>
  (finder ??= new PhraseFinder([
    ...[...divisions().byName].filter(([n, list]) => n.length >= 2 && !isLocalBare(list)).map(([n]) => n),
    ...FOREIGN,
    ...LANDMARKS,
  ]));

// Bare prefecture names that are first of all common words (中山 of 孙中山, 开封 to unseal, 大庆 a celebration).
export const COMMON_BARE = new Set(
  "中山 白银 开封 大庆 安康 长治 朝阳 大同 北海 中卫 普洱 来宾 三明 海口 吉安 东方 合作 和平 江山 白山 永安 太平 安宁 长安 新华 城中 光明 胜利 团结 前进 红旗 幸福 友谊 解放 新兴 向阳 东风 建设 民主 文化 人民 中心 城关 南山 北山 东山 西山 金山 青山 龙泉 清水 黄山 新城 老城 平安 兴隆 永和 河口 江口 山口 海港 港口 南海 东海 北京路 宝安 丽水 泰安 西安".split(
    " ",
  ),
);
// Prefecture-level and provincial bare names stay places even where a word like them exists: 西安, 泰安, 宝安 are.
const KEEP_BARE_TOP = new Set("西安 泰安 黄山 白山 丽水 宝安 江山 南海".split(" "));

// Suffixes of villages, communities, streets and townships not in the gazetteer (new or renamed ones).
const LOCAL = /(社区|街道|村|镇|乡)/gu;
// After these a suffix is part of a word: 村民, 村委, 乡村, 镇政府, 社区党委 stays (the community is named).
const NOT_AFTER: Record<string, RegExp> = {
  村: /^(民|委|干|级|里|落|庄|镇|寨|史|容|情|规|務|务|部|官|医|小|集体|两委)/u,
  社区: /^(卫生|医院|服务中心|工作者)/u,
  街道: /^(办事处|两旁|两侧|上|边)/u,
  镇: /^(政府|党委|人民政府|压|守|痛|静|定|长|店)/u,
  乡: /^(村|亲|土|情|愁|音|贤|下|镇|政府|党委|邻|野|间|里)/u,
};
// Name parts that are no names: the whole, the own, kinds of place.
const GENERIC_NAME =
  /^(口袋|全|本|该|各|每|我|辖|此|其|某|原|城|老|新|旧|农|村|镇|乡|街|社|小|大|美丽|和谐|文明|示范|试点|特色|重点|周边|沿线|部分|相关|所在|同|国家|省级|市级|行政|自然|贫困|先进|中心|城中|城郊|城市|乡镇|平安|安全|智慧|绿色|生态|幸福家园|边远|偏远|山区|农业|企业|名镇|名镇名)$/u;
// Counts and kinds of place, no names: 辖区2条街道, 145个行政村, 各乡镇村, 乡镇村组.
const NO_NAME_INSIDE = /\d\s*[个条家所座处名户支项]|各[乡镇村街社区]|乡镇|镇村/u;
// A caption's opening (图为唐山宴…) is no part of a name after it.
const CAPTION_OPENING = /^图为/u;
// Sites: parks and gardens by their suffix (suffixes.ts); rivers, lakes, mountains and islands by one character.
const SITE_SHORT = /(湖|江|河|山|岭|岛|湾|溪)/gu;
// Words ending like a site that are none: 江山, 上山, 河山, 登山.
const NOT_SITE =
  /^(江山|河山|山河|上山|下山|登山|爬山|高山|大山|深山|青山|名山|靠山|出山|火山|冰山|矿山|荒山|江湖|黄金海岸|港湾|海湾|海岛|小岛|半岛|群岛|小溪|溪|江|河|湖|山|岭|岛|港|湾|峡|内河|运河|冰河|银河|星河|天河|口岸|开山|进山|回乡|家乡|他乡|异乡|故乡|老乡|城乡|下乡|返乡|思乡|同乡|还乡|本乡|外乡|乡)$/u;
// A site's name after a verb of going or seeing is still one: 游漓江, 登麦积山. What ends a road or a unit below a village.
const ROAD_AFTER = /^(路|街(?!道)|大道|大街|大路|[东西南北中]路|巷|胡同|弄|桥|隧道|高速|铁路|线|站|机场|码头|大桥)/u;

const isHan = (c: string | undefined) => !!c && c >= "\u4e00" && c <= "\u9fff";

// Function words a place name does not hold (成都 and 江都 hold 都, so fewer than in other names).
const PLACE_STOP = /[^\p{Script=Han}0-9A-Za-z]|[的了在到和与及暨等从于把被将向对给让使跟并或着过]/u;
function nameBefore(text: string, end: number, max: number, floor: number): string {
  let start = end;
  while (start > floor && end - start < max && !PLACE_STOP.test(text[start - 1])) start--;
  return text.slice(start, end);
}

/** The sites' and zones' suffixes in a text, leftmost-longest (suffixes.ts). */
export interface PlaceEnds {
  sites: [number, string][];
  zones: [number, string][];
}
let endFinders: PhraseFinder[] | null = null;
/** Without the article's one scan: a search of the text itself. */
function placeEndsIn(text: string): PlaceEnds {
  const [sites, zones] = (endFinders ??= [SITE_ENDS, ZONE_ENDS].map((l) => new PhraseFinder(l)));
  return { sites: sites.find(text), zones: zones.find(text) };
}

/** Where names before a suffix can start: the ends of places found, and whether each is a bare name. */
type NameStarts = [end: number, bare: boolean][];
/** The last start at or before `end` (a bare name ending right at `end` is part of the name: 泰安社区). */
function floorAt(starts: NameStarts, end: number): number {
  let f = 0;
  for (const [e, bare] of starts) if (e <= end && e > f && !(bare && e === end)) f = e;
  return f;
}

const coveredScratch = new Scratch();
const takenScratch = new Scratch();
const nameStartScratch = new Scratch();

/**
 * Places in `text` (masked), given the region codes the article and its paper point to; `hits` are the
 * gazetteer's names at each position and `ends` the suffixes of sites and zones (from the article's one scan).
 */
export function extractPlaces(
  text: string,
  anchors: string[],
  hits: [number, string][] = gazetteerFinder().findEach(text),
  ends: PlaceEnds = placeEndsIn(text),
): Place[] {
  const gazetteer = gazetteerCandidates(text, anchors, hits);
  // Each code once: every name is scored against every code of the region (most articles repeat their places).
  const regionSet = new Set(anchors);
  for (const c of gazetteer) if (c.code) regionSet.add(c.code);
  const region = [...regionSet];
  // Where a name before a suffix can start: after a full name (辽源市|西安区), or after a bare one
  // that does not end right at the suffix (高州|潘州公园, but 泰安社区 is one name).
  // A landmark's name (rank 3: 东江, a river) also names the village after it: 东江村 is one name.
  const starts: NameStarts = gazetteer.map((c) => [c.at + c.name.length, c.rank === 1 || c.rank === 3]);
  // Zones: 枣庄高新区 is a place; a bare 高新区 (the paper's own zone) only marks where names start.
  const zones = zoneCandidates(text, gazetteer, ends.zones);
  starts.push(...zones.map((z): [number, boolean] => [z.at + z.name.length, false]));
  // Characters inside a division, foreign or landmark name but its last: no suffix there (江 of 江苏, 山 of 山东).
  const covered = coveredScratch.zeroed(text.length + 1);
  for (const c of gazetteer) if (c.rank >= 2) covered.fill(1, c.at, c.at + c.name.length - 1);
  const local = localCandidates(text, region, starts, gazetteer, covered);
  starts.push(...local.map((c): [number, boolean] => [c.at + c.name.length, false]));
  // The first character of a gazetteer name is no one-character site's suffix: 河 of 河源 (美丽河源, and
  // 绿美河源, where the bare name itself is not believed).
  const nameStart = nameStartScratch.zeroed(text.length + 1);
  for (const [at] of hits) nameStart[at] = 1;
  const sites = siteCandidates(text, starts, covered, ends.sites, nameStart);
  // The best candidates that do not overlap: longer first, then by rank.
  const cands = [...gazetteer, ...zones, ...local, ...sites].sort(
    (a, b) => b.name.length - a.name.length || b.rank - a.rank || a.at - b.at,
  );
  const taken = takenScratch.zeroed(text.length);
  const out: Place[] = [];
  const seen = new Set<string>();
  for (const c of cands) {
    let free = true;
    for (let i = c.at; i < c.at + c.name.length; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.at, c.at + c.name.length);
    if (seen.has(c.name) || c.rank === 0) continue;
    seen.add(c.name);
    out.push({
      name: c.name,
      at: c.at,
      ...(c.code ? { code: c.code, level: c.level } : {}),
      ...(c.canonical ? { canonical: c.canonical } : {}),
    });
  }
  // A bare name beside its full form is the same place, tagged once by the full form.
  const codes = new Set(out.filter((p) => !p.canonical && p.code).map((p) => p.code));
  return out.filter((p) => !(p.canonical && p.code && codes.has(p.code))).sort((a, b) => a.at - b.at);
}

interface Candidate {
  at: number;
  name: string;
  /** Higher wins among overlapping candidates of equal length. */
  rank: number;
  code?: string;
  level?: Level;
  canonical?: string;
}

/** The character before `at` and the name's first one make a word: 新华 in 更新华 is no 新华. */
const gluedLeft = (text: string, at: number) => at > 0 && isHan(text[at - 1]) && wordTag(text.slice(at - 1, at + 1)) !== null;
const cleanLeft = (text: string, at: number) => at === 0 || PLACE_STOP.test(text[at - 1]);

// A place at the head of a longer proper name is part of it: 杭州亚运会, 长三角高端制造业转移示范基地, 上海合作组织.
const INSIDE_NAME_HINT =
  /基地|平台|示范区|试验区|展览会|博览会|交易会|运动会|亚运会|冬奥会|奥运会|峰会|论坛|组织|大学|学院|学校|医院|银行|集团|公司|军分区|军区|交易所|队|代表团|艺术节|文化节|旅游节|马拉松|联赛|杯/u;
const INSIDE_NAME =
  /^\p{Script=Han}{0,16}?(基地|平台|示范区|试验区|展览会|博览会|交易会|运动会|亚运会|冬奥会|奥运会|峰会|论坛|合作组织|大学|学院|学校|医院|银行|集团|公司|军分区|军区|交易所|队|代表团|艺术节|文化节|旅游节|马拉松|联赛|杯)(?!\p{Script=Han}{0,2}[，。；,;])/u;
/** Inside a proper name: 中国(枣庄)国际…展览会, 枣庄经济开发区管委会, 长三角…示范基地. */
function insideName(text: string, at: number, end: number): boolean {
  const before = text[at - 1];
  const after = text.slice(end, end + 24);
  if ((before === "(" || before === "（") && (after[0] === ")" || after[0] === "）")) return true;
  if (/^(管委会|党工委|管理委员会)/u.test(after)) return true;
  // A paper's or a station's name: 茂名晚报记者, 株洲日报社, 河源广播电视台.
  if (/^(日报|晚报|早报|报社|都市报|广播电视台|电视台|融媒体中心|新闻网)/u.test(after)) return true;
  return INSIDE_NAME_HINT.test(after) && INSIDE_NAME.test(after);
}

/** What a name of the gazetteer's is, whatever the text around it: worked out once per name. */
export interface NameFacts {
  /** Every division of that name, landmark or not (黄山 is both). */
  divisions?: Division[];
  /** The divisions it can mean as a place here (none for a landmark or a foreign name). */
  entries?: Division[];
  /** The entries whose full name it is (东源县 of 东源县, none for the bare 东源). */
  full: Division[];
  /**
   * A bare name of counties or townships only that is a common word (中心, 人民, 发展) is never taken
   * (see the bare-name rule below).
   */
  never: boolean;
  /** A two-character name that idioms and words hold (see IDIOM_PRONE). */
  glued: boolean;
}
const NONE: Division[] = [];
const facts = new Map<string, NameFacts>();
export function factsOf(name: string): NameFacts {
  let f = facts.get(name);
  if (f) return f;
  const all = divisions().byName.get(name);
  const entries = LANDMARK_SET.has(name) ? undefined : all;
  const t = entries && wordTag(name);
  f = {
    divisions: all,
    entries,
    full: entries ? entries.filter((e) => !e.bare && e.name === name) : NONE,
    never: !!entries && entries.every((e) => e.bare && e.level >= 3) && t !== null && t !== "ns",
    glued: name.length === 2 && IDIOM_PRONE(name),
  };
  facts.set(name, f);
  return f;
}

/** True when another gazetteer name ends right where `at` starts (辽源市|西安区). */
const chained = (hits: { at: number; name: string }[], at: number) => hits.some((h) => h.at + h.name.length === at);

/** Division names, foreign names and landmarks, each at the longest name starting at its position; bare names only where believable. */
function gazetteerCandidates(text: string, anchors: string[], found: [number, string][]): Candidate[] {
  const hits: { at: number; name: string; facts: NameFacts; entries?: Division[]; foreign?: boolean }[] = [];
  // Where the text's gazetteer names start: 会昌县|站塘乡 is a chain, not 会昌县站 (a station) and 塘乡.
  const startsAt = new Set(found.map(([at]) => at));
  for (const [at, hit] of found) {
    // 天水市民, 泉州市区, 沧州市长: the 市 begins the word after the bare name (市民, 市区, 市长).
    const bare = hit.endsWith("市") && /[民区长]/u.test(text[at + hit.length] ?? "") ? hit.slice(0, -1) : null;
    const name = bare && divisions().byName.has(bare) ? bare : hit;
    const f = factsOf(name);
    const entries = f.entries;
    if (entries && f.never) continue;
    const after = text.slice(at + name.length, at + name.length + 4);
    if (ROAD_AFTER.test(after) && !startsAt.has(at + name.length)) continue;
    if (entries) hits.push({ at, name, facts: f, entries });
    // 马里 is not 马里亚纳: a transliteration goes on.
    else if (FOREIGN.has(name)) {
      if (/^[亚乌奥兰纳诺斯克耶尔拉里维托夫基特德波]/u.test(after)) continue;
      // Glued to a word after it (蒙古栎, 蒙古族): no country; 美国总统, 美国的 are.
      if (isHan(after[0]) && !PLACE_STOP.test(after[0]) && !/[是将对向为也都就还又]/u.test(after[0]) && !wordTag(after.slice(0, 2)))
        continue;
      hits.push({ at, name, facts: f, foreign: true });
    } else hits.push({ at, name, facts: f });
  }
  // Full names that mean one division anchor the region for the rest.
  const regionSet = new Set(anchors);
  for (const h of hits) {
    const full = h.facts.full;
    if (full.length === 1) regionSet.add(full[0].code);
  }
  const region = [...regionSet];
  const out: Candidate[] = [];
  for (const h of hits) {
    // Inside a proper name (中国(枣庄)国际…展览会, 枣庄经济开发区管委会): insideName is looked at last, only for
    // names that would count.
    const after = text.slice(h.at + h.name.length, h.at + h.name.length + 4);
    // Glued into a longer dictionary word: 天南海北 is no 南海, 万象更新 no 万象 (looked up last: it costs most).
    const glued = h.facts.glued;
    if (!h.entries) {
      if ((!glued || !insideWord(text, h.at)) && !insideName(text, h.at, h.at + h.name.length))
        out.push({ at: h.at, name: h.name, rank: h.foreign ? 2 : 3 });
      continue;
    }
    const full = h.facts.full;
    if (full.length) {
      // A full name's suffix may begin a word: 晋江市场, 幸福乡村; a one-character stem needs clean edges (和县).
      if (/市$/u.test(h.name) && /^(场|民政|政|委|直|级)/u.test(after)) continue;
      if (/乡$/u.test(h.name) && NOT_AFTER.乡.test(after)) continue;
      if (/镇$/u.test(h.name) && NOT_AFTER.镇.test(after) && !/^(政府|党委)/u.test(after)) continue;
      if (h.name.length === 2 && (!cleanLeft(text, h.at) || /^[和与及在的是为对向将从于区县市乡镇西东南北中]/u.test(h.name))) continue;
      if ((glued && insideWord(text, h.at)) || insideName(text, h.at, h.at + h.name.length)) continue;
      const best = pickEntry(full, region);
      // A township whose name opens with a function word glued to the text before it (城乡和村镇), unless
      // another place of the article is near it (the name itself anchors the region: it is left out).
      if (
        best.level >= 4 &&
        /^[和与及在的是为对向将从于]/u.test(h.name) &&
        !cleanLeft(text, h.at) &&
        regionScore(
          best.code,
          region.filter((a) => a !== best.code),
        ) < 4
      )
        continue;
      const sure = full.length === 1 || regionScore(best.code, region) >= 2;
      out.push({ at: h.at, name: h.name, rank: 4, ...(sure ? { code: best.code, level: best.level } : {}) });
      continue;
    }
    // 南湖办事处: the street office of a town or street, no place of its own.
    if (/^(办事处|办)/u.test(after)) {
      out.push({ at: h.at, name: h.name + (after.startsWith("办事处") ? "办事处" : "办"), rank: 0 });
      continue;
    }
    // A bare name: a province or prefecture anywhere it is no common word; a county or township only in the region.
    const best = pickEntry(h.entries, region);
    const score = regionScore(best.code, region);
    const top = best.level <= 2;
    if (top ? COMMON_BARE.has(h.name) && !KEEP_BARE_TOP.has(h.name) && score < 4 : score < (best.level === 3 ? 4 : 6)) continue;
    // Either with a clean left edge (紫云南郡 holds no 云南), or after a word (涵盖商州), or after another place.
    if (
      !cleanLeft(text, h.at) &&
      !/[为是向由经据自赴至游回]/u.test(text[h.at - 1]) &&
      !chained(hits, h.at) &&
      !wordTag(text.slice(h.at - 2, h.at))
    )
      continue;
    if (!top) {
      const t = wordTag(h.name);
      if ((t && t !== "ns") || gluedLeft(text, h.at)) continue;
    }
    if ((glued && insideWord(text, h.at)) || insideName(text, h.at, h.at + h.name.length)) continue;
    out.push({ at: h.at, name: h.name, rank: 1, code: best.code, level: best.level, canonical: best.full });
  }
  return out;
}

/** Development zones, named by a place (枣庄高新区) or the paper's own (高新区); rank 0: a zone that only marks where names start. */
function zoneCandidates(text: string, gazetteer: Candidate[], zones: [number, string][]): Candidate[] {
  const out: Candidate[] = [];
  for (const [index, zone] of zones) {
    const g = gazetteer.find((c) => c.at + c.name.length === index && c.rank !== 2);
    const at = g ? g.at : index;
    const end = index + zone.length;
    // 枣庄经济开发区管委会 is a body, 高新区科技生态绿地 a park in the zone.
    const inName = /^(管委会|党工委|管理委员会)/u.test(text.slice(end, end + 5));
    if (g) out.push({ at, name: g.name + zone, rank: inName ? 0 : 3 });
    else if (zone !== "新区" && (cleanLeft(text, at) || isStopChar(text.charCodeAt(at - 1))))
      out.push({ at, name: zone, rank: inName ? 0 : 1 });
  }
  return out;
}

function inCities(cities: Set<string>, county: number): boolean {
  const c = String(county);
  return c.length >= 4 && cities.has(c.slice(0, 4));
}

/** Villages, communities, streets and towns by their suffix, confirmed by the village index where it knows them. */
function localCandidates(text: string, region: string[], starts: NameStarts, gazetteer: Candidate[], covered: Uint8Array): Candidate[] {
  const { villages } = divisions();
  const out: Candidate[] = [];
  const known = new Set(gazetteer.map((c) => c.name));
  // In the region: a county of one of the region's cities (regionScore ≥ 4: the first four digits agree),
  // read from a set rather than scored against every anchor (an article has dozens, most repeated).
  const cities = new Set(region.filter((a) => a.length >= 4).map((a) => a.slice(0, 4)));
  for (const m of text.matchAll(LOCAL)) {
    const s = m.index;
    if (covered[s]) continue;
    const suffix = m[0];
    if (NOT_AFTER[suffix].test(text.slice(s + suffix.length, s + suffix.length + 4))) continue;
    const floor = floorAt(starts, s);
    // 乡镇, 城乡, 村镇, 城镇, 山村, 农村: kinds of place, not names, unless the region has a village of that name
    // (桂山村); nor does a function word before the suffix end a name the region's index knows (和平村).
    const kind =
      ((suffix === "镇" || suffix === "乡") && /[乡村城集下返回]/u.test(text[s - 1] ?? "")) ||
      (suffix === "村" && /[村乡山农渔]/u.test(text[s - 1] ?? "") && !/村$/u.test(text.slice(s - 3, s)));
    const raw = kind ? "" : nameBefore(text, s, 8, floor).replace(CAPTION_OPENING, "");
    // Of the kinds only 山村 ends many villages' names; 农村, 乡镇, 村镇 hardly any.
    if (!raw) {
      const village = !kind || text[s - 1] === "山" ? regionVillage(text, s, suffix, floor, cities) : null;
      if (village) out.push(village);
      continue;
    }
    const tail = nameTail(raw);
    // Without the index, a name needs a clean left edge: the place before it (涧池镇|紫云南郡社区) or a stop.
    const edged = tail === raw && (s - raw.length === floor || cleanLeft(text, s - raw.length)) && raw.length < 8;
    const ruleOk = /^[0-9A-Za-z]{2,5}$/u.test(tail)
      ? suffix === "社区"
      : edged &&
        tail.length >= 2 &&
        tail.length <= 6 &&
        isHan(tail[0]) &&
        !GENERIC_NAME.test(tail) &&
        !NO_NAME_INSIDE.test(tail) &&
        !commonWord(tail) &&
        !verbsOnly(tail);
    // The village index: the longest name it knows here; a common word only in the region (文明社区 is no name elsewhere).
    let found: Candidate | null = null;
    for (let k = raw.length; k >= 1 && !found; k--) {
      const stem = raw.slice(raw.length - k);
      if (!isHan(stem[0])) continue;
      const counties = villages.counties(stem + suffix);
      if (!counties.length) continue;
      const inRegion = counties.some((county) => inCities(cities, county));
      // Right after a town or street (铜鼓镇|水流村) a common word is a village's name too.
      const chainedHere = s - k === floor && floor > 0;
      if (inRegion || (k >= 2 && (chainedHere || !commonWord(stem)) && !GENERIC_NAME.test(stem)))
        found = { at: s - k, name: stem + suffix, rank: 3 };
    }
    if (found && ruleOk && tail.length > found.name.length - suffix.length) {
      // The rule's longer name, unless what it adds is a place of its own (陈埭四境社区 → 四境社区).
      const extra = tail.slice(0, tail.length - (found.name.length - suffix.length));
      if (!known.has(extra) && !divisions().byName.has(extra)) found = null;
    }
    if (found) out.push(found);
    else if (ruleOk) out.push({ at: s - tail.length, name: tail + suffix, rank: 2 });
    else {
      const village = regionVillage(text, s, suffix, floor, cities);
      if (village) out.push(village);
    }
  }
  return out;
}

/** The longest name of two to four characters before `suffix` at `s` that the village index has in the region's cities. */
function regionVillage(text: string, s: number, suffix: string, floor: number, cities: Set<string>): Candidate | null {
  if (!cities.size) return null;
  let start = s;
  while (start > floor && s - start < 4 && isHan(text[start - 1])) start--;
  for (let k = s - start; k >= 2; k--) {
    const name = text.slice(s - k, s) + suffix;
    if (
      divisions()
        .villages.counties(name)
        .some((county) => inCities(cities, county))
    )
      return { at: s - k, name, rank: 3 };
  }
  return null;
}

/** Named parks and gardens by their suffix; rivers, lakes, hills and islands by one character where the name is believable. */
function siteCandidates(
  text: string,
  starts: NameStarts,
  covered: Uint8Array,
  long: [number, string][],
  nameStart: Uint8Array,
): Candidate[] {
  const out: Candidate[] = [];
  // One character: the phrase finder needs two, and a regex of single characters is fast.
  const oneChar: [number, string][] = [...text.matchAll(SITE_SHORT)].map((m) => [m.index, m[0]]);
  for (const [suffixes, short] of [
    [long, false],
    [oneChar, true],
  ] as const) {
    for (const [s, suffix] of suffixes) {
      if (covered[s]) continue;
      if (short && (nameStart[s] || ROAD_AFTER.test(text.slice(s + 1, s + 4)))) continue;
      const max = short ? 4 : 8;
      const floor = floorAt(starts, s);
      const raw = nameBefore(text, s, max, floor).replace(CAPTION_OPENING, "");
      const tail = nameTail(raw);
      const name = tail + suffix;
      if (
        !tail ||
        !isHan(tail[0]) ||
        NOT_SITE.test(name) ||
        NOT_SITE.test(name.slice(-2)) ||
        GENERIC_NAME.test(tail) ||
        NO_NAME_INSIDE.test(tail)
      )
        continue;
      // The name's left edge must be certain: a stop, a place before it, or a word the dictionary cut off.
      if (raw.length >= max && tail === raw && s - raw.length !== floor) continue;
      // 山水, 江南, 河道, 湖泊: after one character the suffix rather begins a word (东辽河堤坝 keeps its river).
      if (short && tail.length === 1 && wordTag(text.slice(s, s + 2))) continue;
      if (short) {
        // One character before 江 or 山 is a name only when the dictionary knows the whole as a place;
        // a longer one when the dictionary has no other word for it and the name has no verb inside.
        const t = wordTag(name);
        if (tail.length === 1 ? t !== "ns" : (t !== null && !/^(ns|nz|nr)$/u.test(t)) || commonWord(tail)) continue;
        // A verb of one character opens no name: 坐游船湖中游.
        const first = wordsOf(tail)[0];
        if (tail.length > 1 && ((first.word.length === 1 && /^v/u.test(first.tag)) || /^[这那是有在沿经过到游登临]/u.test(tail))) continue;
      } else if (tail.length < 2) continue;
      out.push({ at: s - tail.length, name, rank: 2 });
    }
  }
  return out;
}

// Only one-character verbs and adjectives: 有爱 of “有爱社区” is a wish, no name.
const verbsOnly = (s: string) => wordsOf(s).every((w) => w.word.length === 1 && /^(v|a|d|ad|vn)$/u.test(w.tag));

// A dictionary word of a kind names are not made of alone: 文明, 安全, 活动, 建议 (places and names pass).
function commonWord(s: string): boolean {
  const t = wordTag(s);
  return t !== null && !/^(ns|nr|nrfg|nrt|nz|nt|j)$/u.test(t);
}

// Names that idioms and common words hold (天南海北, 万象更新, 四平八稳): only these are looked up, as the lookup is dear.
const IDIOM_PARTS = new Set(
  "南海 海北 万象 四平 太平 长治 江山 安康 东方 西方 南北 东西 中山 大同 永安 长安 天水 白山 黄山 青山 江南 江北 河东 河西 山东 山西 海南 湖南 湖北 河南 河北 新华 光明 和平 胜利 朝阳".split(
    " ",
  ),
);
const IDIOM_PRONE = (name: string) => IDIOM_PARTS.has(name) || COMMON_BARE.has(name) || /^(?!ns$).+/u.test(wordTag(name) ?? "ns");

/** True when the two characters at `at` sit inside a longer dictionary word (天南海北, 万象更新). */
function insideWord(text: string, at: number): boolean {
  // It depends on the two characters either side only: one answer per window (the same names and words
  // recur), instead of up to five dictionary look-ups.
  const from = Math.max(0, at - 2);
  const window = text.slice(from, Math.min(text.length, at + 4));
  const memo = insideMemo[at - from];
  let v = memo.get(window);
  if (v === undefined) memo.set(window, (v = inWindow(window, at - from)));
  return v;
}
const insideMemo = [new Map<string, boolean>(), new Map<string, boolean>(), new Map<string, boolean>()];

function inWindow(text: string, at: number): boolean {
  for (let a = Math.max(0, at - 2); a <= at; a++)
    for (let b = at + 2; b <= Math.min(text.length, a + 4); b++) {
      if (b - a <= 2) continue;
      const w = text.slice(a, b);
      // Any dictionary word, even one tagged a place (天南海北), unless it is itself a place name.
      if (wordTag(w) && !divisions().byName.has(w) && !FOREIGN.has(w) && !LANDMARK_SET.has(w)) return true;
    }
  return false;
}

/** The division a name most likely means here: the one closest to the region; else the highest level. */
function pickEntry(entries: Division[], region: string[]): Division {
  let best = entries[0];
  let bestScore = -Infinity;
  for (const e of entries) {
    const s = regionScore(e.code, region) * 10 - e.level;
    if (s > bestScore) {
      best = e;
      bestScore = s;
    }
  }
  return best;
}

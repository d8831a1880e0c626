/**
 * Places (地点): towns, streets, communities and villages by their suffix
 * (孟庄镇, 光明路街道, 锦龙社区, 下道沟村), named public venues (政府西游园), and
 * provinces, cities and districts from a gazetteer (合肥, 市中区).
 */
import { CITIES, COUNTRIES, DISTRICTS, PROVINCES, WORLD_CITIES } from "./gazetteer";
import { prefixBefore } from "./spans";
import { PhraseFinder } from "./phrase-finder";

const LOCAL = /(街道|社区|镇|乡|村)(?![委党民干级域里镇街村])/g;
const VENUE = /(历史文化展馆|展馆|博物馆|纪念馆|图书馆|阅读书房|书房|生态绿地|绿地|游园|公园|广场|体育馆|文化中心)(?![舞])/g;
// A name starts after the last place suffix in front of it (孟庄镇下道沟村: 下道沟) and after a verb of going (进社区, 下乡).
// (Not 市: 城市 ends in it; a lone leading 区 stays, as in 区科技生态绿地.)
const AFTER_PLACE = /^.+(街道|社区|镇|乡|村|区|县|省)/u;
const AFTER_VERB = /^.*[进到入驻回去在赴]/u;
// A prefix ending in a verb of going is no name: 送戏下乡, 进社区.
const ENDS_IN_VERB = /[进下到入驻回出送去]$/u;
const VERBS = /(持续|推进|建设|打造|开展|实施|提升|改造|新建|建成|迎来|举办|组织)/u;
// Not names: the whole, the own, the kind (全镇, 本村, 各社区, 美丽乡村).
const GENERIC_PREFIX =
  /^(全|本|该|各|每|我|辖|城|老|新|农|美丽|和谐|文明|乡|镇|村|街|社|口袋|城市|街头|小|大|重点|示范|试点|特色|周边|沿线|部分|相关|所在|同|国家|省级|市级|多个|两个|三个|一个|二|三|四|五|六|七|八|九|十)/u;
// 农村 and 乡村 are kinds of place, not names: 发展农村, 丰富乡村.
const GENERIC_WORD = /(农村|乡村|城乡|镇村|村村|社区社区)$/u;
// A place at the head of a longer proper name: 长三角高端制造业转移示范基地, 杭州亚运会, 上海合作组织.
const INSIDE_NAME_HINT =
  /基地|平台|示范区|试验区|展览会|博览会|运动会|亚运会|冬奥会|奥运会|峰会|论坛|组织|大学|学院|学校|医院|银行|集团|公司|军分区|军区|交易所|市场|队|代表团/u;
const INSIDE_NAME =
  /^\p{Script=Han}{0,16}?(基地|平台|示范区|试验区|展览会|博览会|运动会|亚运会|冬奥会|奥运会|峰会|论坛|合作组织|大学|学院|学校|医院|银行|集团|公司|军分区|军区|交易所|市场|队|代表团)(?!\p{Script=Han}{0,2}[，。；])/u;
export const GAZETTEER_NAMES = [
  ...DISTRICTS,
  ...PROVINCES.flatMap((p) => [`${p}省`, p]),
  ...CITIES.flatMap((c) => [`${c}市`, c]),
  ...COUNTRIES,
  ...WORLD_CITIES,
];
const GAZETTEER = new PhraseFinder(GAZETTEER_NAMES);

/** Places in `text`; `gazetteer` are the positions of gazetteer names in it (from the shared scan). */
export function extractPlaces(text: string, gazetteer: [number, string][] = GAZETTEER.findEach(text)): string[] {
  const found: { at: number; name: string }[] = [];
  const taken: [number, number][] = [];
  const names = new Set<string>();
  const add = (at: number, name: string) => {
    if (taken.some(([a, b]) => at < b && at + name.length > a)) return;
    taken.push([at, at + name.length]);
    if (!names.has(name)) {
      names.add(name);
      found.push({ at, name });
    }
  };
  const name = (end: number, max: number) => {
    const p = prefixBefore(text, end, max, VERBS);
    return ENDS_IN_VERB.test(p) ? "" : p.replace(AFTER_PLACE, "").replace(AFTER_VERB, "");
  };
  for (const m of text.matchAll(LOCAL)) {
    const prefix = name(m.index!, 5);
    if ([...prefix].length < 2 || GENERIC_PREFIX.test(prefix) || GENERIC_WORD.test(prefix + m[0])) continue;
    add(m.index! - prefix.length, prefix + m[0]);
  }
  for (const m of text.matchAll(VENUE)) {
    const prefix = name(m.index!, 8);
    if ([...prefix].length < 2 || GENERIC_PREFIX.test(prefix)) continue;
    add(m.index! - prefix.length, prefix + m[0]);
  }
  for (const [at, g] of gazetteer) {
    // A place already found needs no second look (its suffixed form 基辅州 is another name).
    if (names.has(g)) continue;
    {
      const after = text.slice(at + g.length, at + g.length + 24);
      // Inside a proper name: 中国(枣庄)国际…展览会, …管委会主任, 长三角高端制造业转移示范基地.
      const inName =
        after[0] === ")" ||
        after[0] === "）" ||
        after[0] === "(" ||
        after[0] === "（" ||
        after.startsWith("管委会") ||
        after.startsWith("党工委") ||
        (INSIDE_NAME_HINT.test(after) && INSIDE_NAME.test(after));
      // In a quoted slogan or brand, not at its start: “爱山东”.
      const before = text.slice(Math.max(0, at - 4), at);
      const q = before.lastIndexOf("“");
      const inSlogan = q >= 0 && q < before.length - 1 && !before.slice(q).includes("”");
      if (inName || inSlogan) {
        taken.push([at, at + g.length]);
        continue;
      }
      // 基辅州, 克拉斯诺达尔边疆区: the unit's suffix belongs to the name.
      const unit = /^(州|边疆区|共和国)/u.exec(after);
      add(at, unit ? g + unit[0] : g);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/**
 * Companies a text names only by their short names, in a list it closes with
 * what they are: 参观考察了东超科技、三利谱、合肥乐凯等企业. Each item of such a
 * list is an organisation; no suffix (有限公司, 集团) marks them otherwise.
 */
import { wordTag, wordsOf } from "./lexicon";

// 等 and the kind of body the items are, with an optional word of their standing (等重点企业, 等龙头企业);
// not 等企业家 or 等企业负责人, whose items are people.
const STANDING = "重点 龙头 知名 骨干 优质 规上 科技型 民营 高新技术 头部 链主 本地 外资 上市 省内外 国内外".split(" ");
const KINDS = "企业 公司 厂家 厂商 车企 药企 房企".split(" ");
const LIST_END = new RegExp(`等(?:${STANDING.join("|")})?(?:${KINDS.join("|")})(?!家|主|负责|代表|员工|职工|人员|高管|老板|领导|界)`, "uy");
/** The words a list's end opens with (等企业, 等重点…): for the article's one scan, which finds where to look. */
export const LIST_END_STARTS = [...KINDS, ...STANDING].map((w) => `等${w}`);
const ITEM = /^[\p{Script=Han}A-Za-z0-9]{2,10}$/u;
// Kinds of business, not names (大型连锁超市、电商平台等企业; 规上工业企业、专精特新企业等重点企业).
const GENERIC_END = /(企业|公司|平台|商户|工商户|行业|产业|领域|单位|主体|机构|冠军|超市|商场|门店|工厂|园区|基地|项目)$/u;
// jieba's parts of speech of a proper name: unknown to it (东超, 三利谱), a person's, place's, body's or other name.
const PROPER = /^(x|nr|nrt|nrfg|ns|nt|nz|eng)$/u;
// The first item starts after the verb or word that opens the list (参观考察了|东超科技, 包括|…); a single
// character such as 和 or 在 opens it only where no verb does (it may be a name's own: 和信科技).
const LIST_LEAD = /^.*(?:了|走访|参观|考察|调研|引进|落户|入驻|签约|包括|例如|比如|推进|培育)/u;
const WEAK_LEAD = /^.*[到如有与和及对向为是在]/u;
const BREAK = /[，,。；;：:“”"（）()！!？?\s\n]/u;

// An item reads as a name: 2–10 characters, a proper name in it (东超|科技, 合肥|乐凯), not only common
// words (大型连锁超市、电商平台 are kinds of business); a word jieba knows as a proper name is one (华为 nr, 中兴 ns).
const isName = (n: string) =>
  ITEM.test(n) &&
  !GENERIC_END.test(n) &&
  PROPER.test(wordTag(n) ?? "x") &&
  wordsOf(n).some((w) => PROPER.test(w.tag) && w.word.length >= 2);

/**
 * The items of every such list, with their positions: [at, name]. Lists of one item are left alone.
 * `starts` are where a list's end may stand (LIST_END_STARTS found by the scan); without them the text is searched.
 */
export function listedCompanies(text: string, starts?: number[]): [number, string][] {
  const out: [number, string][] = [];
  for (const index of starts ?? [...text.matchAll(/等/gu)].map((m) => m.index)) {
    LIST_END.lastIndex = index;
    if (!LIST_END.test(text)) continue;
    // The run of text the list stands in: back to the last punctuation before 等.
    let start = index;
    while (start > 0 && !BREAK.test(text[start - 1])) start--;
    const items = text.slice(start, index).split("、");
    if (items.length < 2) continue;
    // Positions of the items, the first one after the words that open the list.
    const at: number[] = [];
    for (let i = 0, p = start; i < items.length; p += items[i].length + 1, i++) at.push(p);
    if (!items.slice(1).every(isName)) continue;
    const weak = WEAK_LEAD.exec(items[0])?.[0].length ?? 0;
    const lead = LIST_LEAD.exec(items[0])?.[0].length ?? (isName(items[0].slice(weak)) ? weak : 0);
    items[0] = items[0].slice(lead);
    at[0] += lead;
    // The first item's start is a guess: left out when it reads as no name.
    for (let i = isName(items[0]) ? 0 : 1; i < items.length; i++) out.push([at[i], items[i]]);
  }
  return out;
}

/**
 * Page furniture of real extracted issues: mastheads, page headers, date lines,
 * jump lines, editor footers, promo lines and decorative column heads. Each
 * maker returns the printed line and what a reader learns from it (page, date,
 * publication), so the generated truth carries the issue metadata.
 */
import { between, chance, pick, personName, type Rnd } from "./print";

export interface PageTruth {
  number: string;
  name: string | null;
}

const WEEKDAYS = "日一二三四五六";
const SECTIONS = [
  "要闻",
  "综合新闻",
  "综合",
  "社会新闻",
  "民生",
  "视点",
  "社区",
  "经济",
  "时政",
  "文化",
  "热线新闻",
  "专版",
  "城事",
  "乡村振兴",
];
const CN_NUMS = ["一", "二", "三", "四", "五", "六", "七", "八"];

export interface IssueDateParts {
  y: number;
  m: number;
  d: number;
}

export const isoDate = (t: IssueDateParts) => `${t.y}-${String(t.m).padStart(2, "0")}-${String(t.d).padStart(2, "0")}`;
const cnDate = (t: IssueDateParts) => `${t.y}年${t.m}月${t.d}日`;
const cnDatePadded = (t: IssueDateParts) => `${t.y}年${String(t.m).padStart(2, "0")}月${String(t.d).padStart(2, "0")}日`;
const weekday = (t: IssueDateParts) => `星期${WEEKDAYS[new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()]}`;

export function randomDate(rnd: Rnd): IssueDateParts {
  return { y: between(2012, 2025, rnd), m: between(1, 12, rnd), d: between(1, 28, rnd) };
}

/** A page number as papers print it: 01, A02, A2, B3, 5b, 三. */
export function pageNumber(k: number, rnd: Rnd): string {
  const r = rnd();
  if (r < 0.3) return String(k).padStart(2, "0");
  if (r < 0.55) return `A${String(k).padStart(2, "0")}`;
  if (r < 0.75) return `A${k}`;
  if (r < 0.85) return `${pick(["B", "C"], rnd)}${k}`;
  if (r < 0.92) return CN_NUMS[Math.min(k, CN_NUMS.length) - 1];
  return String(k);
}

export const sectionName = (rnd: Rnd) => pick(SECTIONS, rnd);

export interface Furniture {
  line: string;
  page?: PageTruth;
  date?: string;
  publication?: string;
}

/**
 * A page header in one of the printed forms. `withDate` puts the issue date in it
 * where the form has room for one.
 */
export function pageHeader(page: PageTruth, date: IssueDateParts | null, paper: string | null, rnd: Rnd): Furniture {
  const colon = pick(["：", ":", "：", " "], rnd);
  const n = page.number;
  const name = page.name;
  const forms: (() => Furniture)[] = [
    () => ({ line: name ? `第${n}版${colon}${name}` : `第${n}版`, page }),
    () => ({ line: name ? `${n}版${colon}${name}` : `${n}版`, page }),
    () => ({ line: name ? `${n} 版${colon}${name}` : `${n} 版`, page }),
    () => ({ line: name ? `第第${n}版版${colon}${name}` : `第${n}版`, page }),
  ];
  if (name && paper) forms.push(() => ({ line: `${n}${colon}${paper}·${name}`, page: { number: n, name: `${paper}·${name}` } }));
  if (name) forms.push(() => ({ line: `${n}${colon}${name}`, page }));
  if (date) {
    forms.push(
      () => ({ line: `${cnDate(date)} ${weekday(date)} 第${n}版`, page: { number: n, name: null }, date: isoDate(date) }),
      () => ({
        line: `${cnDate(date)} ${weekday(date)} 第${n}版${name ? ` ${name}` : ""}`,
        page,
        date: isoDate(date),
      }),
      () => ({ line: `当前版:${n}版 发布日期:${cnDatePadded(date)}`, page: { number: n, name: null }, date: isoDate(date) }),
      () => ({
        line: name ? `${n}:${name}总第${between(800, 9000, rnd)}期 >${isoDate(date)}编印` : `${n}版 ${isoDate(date)}`,
        page: name ? page : { number: n, name: null },
        date: isoDate(date),
      }),
    );
    if (paper) forms.push(() => ({ line: `${paper} ${cnDate(date)} 第${n}版 ${name ?? ""}`.trim(), page, date: isoDate(date) }));
  }
  return pick(forms, rnd)();
}

/** A date line standing alone: the issue's date. */
export function dateLine(date: IssueDateParts, rnd: Rnd): Furniture {
  return pick<() => Furniture>(
    [
      () => ({ line: `${cnDate(date)} ${weekday(date)}`, date: isoDate(date) }),
      () => ({
        line: `${cnDate(date)}  ${weekday(date)}  农历${pick(["甲子", "癸卯", "壬寅"], rnd)}年${pick(CN_NUMS, rnd)}月初${pick(CN_NUMS, rnd)}`,
        date: isoDate(date),
      }),
      () => ({ line: `${cnDatePadded(date)} ${weekday(date)}`, date: isoDate(date) }),
    ],
    rnd,
  )();
}

/** Masthead lines of an issue's first page; the first may name the paper. */
export function masthead(paper: string | null, date: IssueDateParts | null, rnd: Rnd): Furniture[] {
  const out: Furniture[] = [];
  const cn = `CN${between(11, 65, rnd)}-${String(between(1, 99, rnd)).padStart(4, "0")}`;
  if (paper) {
    out.push(
      pick<() => Furniture>(
        [
          () => ({ line: paper, publication: paper }),
          () => ({
            line: `${paper}社主管主办 国内统一刊号:${cn} 爆料热线:0${between(300, 999, rnd)}-${between(2000000, 8999999, rnd)}`,
            publication: paper,
          }),
          () => ({ line: `${paper}  ${cn}`, publication: paper }),
          () => ({ line: `中共${paper.replace(/(日报|晚报|报)$/u, "")}市委主管主办 ${paper}社出版`, publication: paper }),
        ],
        rnd,
      )(),
    );
  }
  const extras: (() => string)[] = [
    () => `国内统一连续出版物号 ${cn}`,
    () => `国内统一刊号:${cn} 代号:${between(1, 90, rnd)}-${between(1, 99, rnd)}`,
    () => `总第${between(1000, 12000, rnd)}期 今日${pick(["4", "8", "12", "16"], rnd)}版`,
    () => `新闻热线:0${between(300, 999, rnd)}-${between(2000000, 8999999, rnd)}`,
    () => `${pick(["晴", "多云", "小雨", "阴"], rnd)} ${between(-5, 20, rnd)}℃～${between(21, 36, rnd)}℃`,
    () => `${paper ?? "看报"}APP`,
    () => `扫码关注${paper ?? "本报"}微信公众号`,
  ];
  const k = between(0, 3, rnd);
  for (let i = 0; i < k; i++) out.push({ line: pick(extras, rnd)() });
  if (date && chance(0.5, rnd)) out.splice(between(0, out.length, rnd), 0, dateLine(date, rnd));
  return out;
}

/** A jump line at the end or start of an article continued on another page. */
export function jumpLine(rnd: Rnd): string {
  const n = pick(["2", "3", "02", "03", "A3", "A06", "4"], rnd);
  return pick([`下转${n}版`, `（下转第${n}版）`, `(下转${n}版)`, `上接${n}版`, `（上接第${n}版）`, `转${n}版`], rnd);
}

/** Lines at a page's foot or in its margins that belong to no article. */
export function pageFooter(rnd: Rnd): string {
  return pick(
    [
      () => `责任编辑:${personName(rnd)} 校对:${personName(rnd)}`,
      () => `责任编辑 ${personName(rnd)}  美编 ${personName(rnd)}`,
      () => `本版编辑：${personName(rnd)}`,
      () => `编辑:${personName(rnd)} 组版:${personName(rnd)}`,
    ],
    rnd,
  )();
}

/** A decorative column head: the section name, its pinyin, an English tag. */
export function columnHead(rnd: Rnd): string {
  return pick(["要闻", "民生·热线", "YAOWEN", "ZONGHE XINWEN", "LOCAL NEWS", "本地新闻", "镇街动态", "图说", "关注"], rnd);
}

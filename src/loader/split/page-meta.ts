/**
 * What page headers and masthead lines tell about an issue: the page an article
 * stands on (第A02版：要闻 → { A02, 要闻 }), the date, the publication.
 */

export interface PageInfo {
  number: string;
  name: string | null;
}

const DATE_CN = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const DATE_ISO = /(\d{4})-(\d{1,2})-(\d{1,2})/u;

/** The first full date written in a line, as YYYY-MM-DD, or null. */
export function dateIn(text: string): string | null {
  const m = DATE_CN.exec(text) ?? DATE_ISO.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const NUMBER = "[A-Za-z]?\\d{1,3}[A-Za-z]?|[一二三四五六七八九十]{1,3}";
// 第A02版：要闻 · A04版:视点 · 02 版:日报二版 · 第第03版版:社会新闻 · 当前版:03版
const WITH_BAN = new RegExp(`(?:^|\\s|[:：])第*\\s*(${NUMBER})\\s*版+(?:\\s*[:：]\\s*|\\s+)?(.*)$`, "u");
// A1：某某·要闻 · A4:视点总第2960期 >2023-09-06编印
const BARE = new RegExp(`^([A-Za-z]\\d{1,2}[A-Za-z]?|\\d{1,2})\\s*[:：]\\s*(.+)$`, "u");

function cleanName(s: string): string | null {
  const name = s
    .replace(/总第\s*\d+\s*期.*$/u, "")
    .replace(/发布日期.*$/u, "")
    .replace(DATE_CN, "")
    .replace(DATE_ISO, "")
    .replace(/(星期|周)[一二三四五六日天]/u, "")
    .replace(/[>＞].*$/u, "")
    .trim();
  return name || null;
}

/** The page a header names, or null when the line names none. */
export function pageOf(text: string): PageInfo | null {
  const t = text.trim();
  const m = WITH_BAN.exec(t);
  if (m) return { number: m[1], name: cleanName(m[2]) };
  const b = BARE.exec(t);
  if (b) return { number: b[1], name: cleanName(b[2]) };
  return null;
}

const PAPER = /^[\p{Script=Han}·]{2,10}?(日报|晚报|早报|时报|商报|报)(社)?$/u;

/** The publication a masthead line names: the paper's name alone, or in a 主管主办 / 出版 line. */
export function publicationIn(text: string): string | null {
  for (const tok of text.split(/[\s|｜]+/u)) {
    const t = tok
      .replace(/(社)?(主管主办|主管|主办|出版)$/u, "")
      .replace(/^中共\p{Script=Han}{1,8}?(市|区|县|州)委/u, "")
      .trim();
    const m = PAPER.exec(t);
    if (m) return t.replace(/社$/u, "");
  }
  return null;
}

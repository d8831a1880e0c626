/**
 * Printing primitives for the issue generators: how a paper's text ends up in an
 * extracted file. Written from how print and extraction behave, independently of
 * the loader (nothing here is imported from src/loader, and no threshold is shared).
 */

export type Rnd = () => number;

export const pick = <T>(xs: readonly T[], rnd: Rnd): T => xs[Math.floor(rnd() * xs.length)];
export const chance = (p: number, rnd: Rnd) => rnd() < p;
export const between = (lo: number, hi: number, rnd: Rnd) => lo + Math.floor(rnd() * (hi - lo + 1));

/** Printed width: CJK and full-width forms take two units, ASCII one. */
export function units(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 || "“”‘’—…·".includes(ch) ? 2 : 1;
  return w;
}

/** ASCII punctuation as the full-width forms printed issues use (not inside numbers like 9:30 or URLs). */
export function fullWidth(s: string): string {
  return s
    .replace(/(?<!\d),|,(?!\d)/gu, "，")
    .replace(/(?<![\dA-Za-z/]):|:(?![\d/])/gu, "：")
    .replace(/;/gu, "；")
    .replace(/!/gu, "！")
    .replace(/\?/gu, "？")
    .replace(/\(/gu, "（")
    .replace(/\)/gu, "）");
}

const HANG = /^[，。、；：！？）》」』”’…,.;:!?)]$/u;
const OPEN = /[“‘《（(「『【]$/u;
const TOKEN = /[A-Za-z0-9.%:/-]+|\s+|./gu;

/**
 * Hard-wrap a paragraph at `column` units, as print extraction gives it. The
 * first line holds `firstOffset` units less (its indent). Closing punctuation may
 * hang one mark past the column, an opening mark never ends a line, a run of
 * Latin or digits is never split unless it is wider than the column.
 */
export function wrap(p: string, column: number, firstOffset: number, rnd: Rnd): string[] {
  const out: string[] = [];
  let line = "";
  let avail = column - firstOffset;
  for (const tok of p.match(TOKEN) ?? []) {
    const w = units(tok);
    if (line && units(line) + w > avail && !(HANG.test(tok) && units(line) + w <= avail + 2 + (rnd() < 0.5 ? 0 : 1))) {
      let carry = "";
      while (line.length > 1 && OPEN.test(line)) {
        carry = line.slice(-1) + carry;
        line = line.slice(0, -1);
      }
      out.push(line.trimEnd());
      line = carry;
      avail = column;
      if (/^\s+$/u.test(tok)) continue;
    }
    if (!line && /^\s+$/u.test(tok)) continue;
    line += tok;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out.filter((l) => l.length > 0);
}

/** Split a string at a random point inside a sentence (not right after a stop), keeping both halves non-empty. */
export function breakInside(p: string, rnd: Rnd): [string, string] | null {
  const c = [...p];
  if (c.length < 30) return null;
  for (let tries = 0; tries < 8; tries++) {
    // The piece before a column break filled at least a line or so of the column.
    const at = between(Math.max(14, Math.floor(c.length * 0.3)), c.length - 6, rnd);
    if (/[。！？；：!?;:\s]/u.test(c[at - 1]) || /[\s，。、；：！？）》”,.;:!?)]/u.test(c[at])) continue;
    if (/[A-Za-z0-9]/.test(c[at - 1]) && /[A-Za-z0-9]/.test(c[at])) continue;
    return [c.slice(0, at).join(""), c.slice(at).join("")];
  }
  return null;
}

// ---------------------------------------------------------------- names for made-up credits

export const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const GIVEN = [..."明华丽军磊静敏强伟芳娜秀英洁涛超勇艳杰娟霞刚平辉鹏俊燕玲斌宇飞建国文晓春雪梅兰红波峰亮成新海林东志云"];

/** A made-up personal name of two or three characters. */
export function personName(rnd: Rnd): string {
  const s = pick(SURNAMES, rnd);
  return chance(0.6, rnd) ? s + pick(GIVEN, rnd) + pick(GIVEN, rnd) : s + pick(GIVEN, rnd);
}

/** Pad a two-character name to three with a space, as some papers print (`王 五`). */
export function padName(n: string): string {
  return [...n].length === 2 ? `${[...n][0]} ${[...n][1]}` : n;
}

/**
 * A title set on two lines: broken somewhere between a third and two thirds of
 * its length (typesetters break at a phrase, which may fall anywhere), never
 * inside a Latin word or number, nor before a closing mark.
 */
export function breakTitle(t: string, rnd: Rnd): string[] {
  const c = [...t];
  const ok: number[] = [];
  for (let i = Math.ceil(c.length / 3); i <= Math.floor((2 * c.length) / 3); i++) {
    if (/[A-Za-z0-9.%]/.test(c[i - 1]) && /[A-Za-z0-9.%]/.test(c[i])) continue;
    if (/[，。、；：！？）》”’]/u.test(c[i]) || /[“‘《（]/u.test(c[i - 1]) || c[i] === " " || c[i - 1] === " ") continue;
    ok.push(i);
  }
  if (!ok.length) return [t];
  const i = pick(ok, rnd);
  return [c.slice(0, i).join(""), c.slice(i).join("")];
}

/** Character classes and measures of Chinese newspaper text. */

/** Ends a sentence: full- and half-width stops, exclamation and question marks, ellipsis. */
const TERMINAL = /[。！？!?…；;]$/u;
/** Closing marks that may follow a sentence end: quotes, brackets, book-title marks. */
const CLOSERS = /[”’」』）)》〉"'】]+$/u;

/** True when the line ends a sentence, allowing closing quotes and brackets after the stop. */
export function endsSentence(line: string): boolean {
  const s = line.replace(CLOSERS, "");
  if (TERMINAL.test(s)) return true;
  // A quotation closed right after a stop: “……。” counts; a closing quote alone does not.
  return false;
}

/** True when the line ends with a mark that always continues: comma, enumeration comma, colon. */
export function endsMidSentence(line: string): boolean {
  return /[，,、：:（(“‘《〈【—-]$/u.test(line);
}

/** Code point ranges that print two units wide: CJK, kana, Hangul, full-width forms, and — … “ ” ‘ ’. */
const WIDE: [number, number][] = [
  [0x1100, 0x115f],
  [0x2014, 0x2014],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  [0x2026, 0x2026],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
];

const wide = (cp: number) => {
  // The common cases first: Han, then ASCII and Latin.
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x1100) return false;
  if (cp >= 0x20000) return true;
  for (let k = 0; k < WIDE.length; k++) if (cp >= WIDE[k][0] && cp <= WIDE[k][1]) return true;
  return false;
};

/** Display width: CJK and full-width characters count 2, others 1 (as on a printed column). */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += wide(cp) ? 2 : 1;
  }
  return w;
}

/** Han characters (including extensions) */
export const HAN = /\p{Script=Han}/u;

/** Latin letter or digit at the end / start, to keep a space between wrapped Latin words. */
const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

/**
 * Join two wrapped pieces of one paragraph: no separator between Chinese
 * characters, a single space where a Latin word was split from the next one.
 */
export function joinWrapped(a: string, b: string): string {
  if (LATIN_END.test(a) && LATIN_START.test(b)) return `${a} ${b}`;
  return a + b;
}

/** Count of non-whitespace characters. */
export function visibleLength(s: string): number {
  let n = 0;
  for (const ch of s) if (!/\s/u.test(ch)) n++;
  return n;
}

/** Number of characters (code points) without building an array: surrogate pairs count once. */
export function charCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

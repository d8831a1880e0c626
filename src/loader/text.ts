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

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2026\u201c\u201d\u2018\u2019]/u;

/** Display width: CJK and full-width characters count 2, others 1 (as on a printed column). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w += cp >= 0x20000 || WIDE.test(ch) ? 2 : 1;
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

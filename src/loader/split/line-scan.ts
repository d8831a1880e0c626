/**
 * Cheap facts about a line's characters for the features (features.ts): one pass
 * over its code units with a table of character classes, instead of a regex per
 * fact. Each function says which pattern it stands for; a test checks them against
 * those patterns on generated and random lines (test/loader/split/line-scan.test.ts).
 */

// Classes of the marks the scans look for, one bit each, by UTF-16 code unit (all of them are in the BMP).
const PUNCT = 1;
const INNER_STOP = 2;
const CLOSER = 4;
const EXCL_MARK = 8;
const FINAL_STOP = 16;
const COLON_BAR = 32;
const FULL_STOP = 64;
const COMMA = 128;
const COLON = 256;
const OPENER = 512;
const ENUM_START = 1024;
const MARK_START = 2048;
const QUOTE_START = 4096;
const PAREN = 8192;
const DASH = 16384;
const TAG_OPEN = 32768;
const CLASS = new Uint16Array(0x10000);
const classify = (chars: string, bit: number) => {
  for (const c of chars) CLASS[c.charCodeAt(0)] |= bit;
};
classify("，。；！？,;!?", PUNCT);
classify("。；;！？!?", INNER_STOP);
classify("”’」』）)》\"'】", CLOSER);
classify("！？!?", EXCL_MARK);
classify("。！？!?…；;", FINAL_STOP);
classify("：:|｜", COLON_BAR);
classify("。…；;", FULL_STOP);
classify("，,、", COMMA);
classify("：:", COLON);
classify("“‘《（(【「『—-", OPENER);
classify("一二三四五六七八九十（(0123456789图", ENUM_START);
for (let c = 0x2460; c <= 0x2473; c++) CLASS[c] |= ENUM_START; // ① … ⑳
classify("□■◇◆☆★●○◎▲◀▶►口", MARK_START);
classify('“"「『', QUOTE_START);
classify("（(", PAREN);
classify("—–-", DASH);
classify("【[", TAG_OPEN);

export interface Scan {
  /** Characters (code points). */
  len: number;
  /** An ASCII digit. */
  digit: boolean;
  /** Two Latin letters in a row. */
  latin: boolean;
  /** A space between two non-ASCII characters. */
  space: boolean;
  /** 。 before the last character. */
  innerStop: boolean;
  /** ， or , before the last character. */
  innerComma: boolean;
  /** A sentence's punctuation anywhere (，。；！？,;!?): never a byline's text. */
  punct: boolean;
  /** A colon or bar anywhere (：:|｜): a label may open the line. */
  colon: boolean;
}

/** One pass over a line's characters: its length and what kinds of characters it has. */
export function scan(t: string): Scan {
  let len = 0;
  let punct = false;
  let colon = false;
  let digit = false;
  let latin = false;
  let space = false;
  let innerStop = false;
  let innerComma = false;
  let prevLatin = false;
  const last = t.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    len++;
    if (c >= 48 && c <= 57) digit = true;
    const k = CLASS[c];
    if (k & PUNCT) punct = true;
    if (k & COLON_BAR) colon = true;
    const isLatin = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (isLatin && prevLatin) latin = true;
    prevLatin = isLatin;
    if (i === last) break;
    if (c === 32 && i > 0 && t.charCodeAt(i - 1) > 127 && t.charCodeAt(i + 1) > 127) space = true;
    else if (c === 0xff0c || c === 44) innerComma = true;
    else if (c === 0x3002) innerStop = true;
  }
  return { len, digit, latin, space, innerStop, innerComma, punct, colon };
}

export interface Ending {
  /** `[。！？!?…；;][”’」』）)》"'】]*$`: a sentence ends the line. */
  stop: boolean;
  /** `[。…；;][”’」』）)》"'】]*$`: a full stop (not ! or ?) ends it. */
  fullStop: boolean;
  /** `[！？!?][”’」』）)》"']*$`. */
  excl: boolean;
  /** `[，,、]$`. */
  comma: boolean;
  /** `[：:]$`. */
  colon: boolean;
  /** `[”’」』）)》"'】]$`. */
  close: boolean;
  /** `[“‘《（(【「『—-]$`. */
  open: boolean;
}

/** How far back from the end the ending is read (the patterns were tried on the last 12 code units). */
const TAIL = 12;

/** The line's last mark, read back over closing quotes and brackets within its last 12 code units. */
export function ending(t: string): Ending {
  const from = Math.max(0, t.length - TAIL);
  const last = t.length > 0 ? CLASS[t.charCodeAt(t.length - 1)] : 0;
  let j = t.length - 1;
  while (j >= from && CLASS[t.charCodeAt(j)] & CLOSER) j--;
  const before = j >= from ? CLASS[t.charCodeAt(j)] : 0;
  // The excl pattern's closers leave out 】: read back over the others only.
  let e = t.length - 1;
  while (e >= from && CLASS[t.charCodeAt(e)] & CLOSER && t.charCodeAt(e) !== 0x3011) e--;
  return {
    stop: (before & FINAL_STOP) !== 0,
    fullStop: (before & FULL_STOP) !== 0,
    excl: e >= from && (CLASS[t.charCodeAt(e)] & EXCL_MARK) !== 0,
    comma: (last & COMMA) !== 0,
    colon: (last & COLON) !== 0,
    close: (last & CLOSER) !== 0,
    open: (last & OPENER) !== 0,
  };
}

/**
 * A sentence mark with a character after it, once a final stop and its closers (the stop
 * pattern's match) are taken off the end: `[。；;！？!?](?=.)` on `t.replace(STOP, "")`.
 */
export function stopInside(t: string): boolean {
  let j = t.length - 1;
  while (j >= 0 && CLASS[t.charCodeAt(j)] & CLOSER) j--;
  const end = j >= 0 && CLASS[t.charCodeAt(j)] & FINAL_STOP ? j : t.length;
  for (let q = 0; q < end - 1; q++) if (CLASS[t.charCodeAt(q)] & INNER_STOP) return true;
  return false;
}

/**
 * A sentence mark followed by text, not by a closer or another mark, before the last
 * character: `[。；;！？!?](?=[^”’」』）)》"'】！？!?])` on `t.slice(0, -1)`.
 */
export function sentenceInside(t: string): boolean {
  for (let q = 0; q + 1 < t.length - 1; q++)
    if (CLASS[t.charCodeAt(q)] & INNER_STOP && !(CLASS[t.charCodeAt(q + 1)] & (CLOSER | EXCL_MARK))) return true;
  return false;
}

/** What the first character allows: the patterns anchored at the start are tried only where it fits. */
export interface Opening {
  /** May open an enumeration (一、 (一) 1. ① 图①). */
  enumeration: boolean;
  /** May be a byline's mark (□ ■ … or 口). */
  mark: boolean;
  /** `^[“"「『]`. */
  quote: boolean;
  /** `^[（(]`. */
  paren: boolean;
  /** `^[—–-]`. */
  dash: boolean;
  /** `^[【[]`. */
  tag: boolean;
  /** `^[（(【]`: may be a line in brackets. */
  bracket: boolean;
}

export function opening(t: string): Opening {
  const k = t.length > 0 ? CLASS[t.charCodeAt(0)] : 0;
  return {
    enumeration: (k & ENUM_START) !== 0,
    mark: (k & MARK_START) !== 0,
    quote: (k & QUOTE_START) !== 0,
    paren: (k & PAREN) !== 0,
    dash: (k & DASH) !== 0,
    tag: (k & TAG_OPEN) !== 0,
    bracket: (k & PAREN) !== 0 || t.charCodeAt(0) === 0x3010,
  };
}

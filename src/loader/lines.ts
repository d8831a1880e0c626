/** Decoded text → cleaned lines, keeping what layout detection needs. */
import { displayWidth } from "./text";

export interface Line {
  /** 1-based line number in the file. */
  no: number;
  /** Text without leading and trailing whitespace; inner runs of spaces kept as they were, one space each. */
  text: string;
  /** The line began with a full-width indent (U+3000) or two or more spaces: layout C marks paragraphs so. */
  indent: boolean;
  /** Blank lines directly above this one. */
  blankBefore: number;
  /** Display width in half-width units, counting a leading indent (it takes room on the printed column). */
  width: number;
}

// Control characters other than tab and newline carry nothing. Zero-width
// characters (U+200B–U+200D, U+2060, U+FEFF) stay in the text like any other
// character: a ZWJ holds an emoji sequence together (search ignores them).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
// Spaces that print as one: tab, NBSP, the typographic spaces, ideographic space.
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;
// A line of nothing but spaces and zero-width characters is a blank line (web extractions pad blank lines so).
const ONLY_ZERO_WIDTH = /^[\s\u200b-\u200d\u2060]+$/u;
const INDENT = /^(\u3000|[ \u00a0]{2,}|\t)/u;

/** Share of control characters above which a decoded file is not text. */
const MAX_CONTROL_SHARE = 0.05;

export function controlShare(text: string): number {
  if (!text.length) return 0;
  const m = text.match(CONTROL);
  return (m?.length ?? 0) / text.length;
}

/** Normalise line ends (CRLF, CR, U+2028/2029), strip control characters, split into lines. */
export function toLines(text: string): Line[] {
  const raw = text.replace(CONTROL, "").split(/\r\n|\r|\n|\u2028|\u2029/u);
  const lines: Line[] = [];
  let blanks = 0;
  raw.forEach((r, i) => {
    const indent = INDENT.test(r);
    const lead = /^[\s\u3000]*/u.exec(r)![0];
    const t = r.replace(SPACES, " ").replace(/ {2,}/g, " ").trim();
    if (!t || ONLY_ZERO_WIDTH.test(t)) {
      blanks++;
      return;
    }
    lines.push({ no: i + 1, text: t, indent, blankBefore: blanks, width: displayWidth(lead) + displayWidth(t) });
    blanks = 0;
  });
  // A blank line after every line (double-spaced extraction) is read by the splitter (split/model-lines.ts).
  return lines;
}

export { MAX_CONTROL_SHARE };

/** Body lines → paragraphs: mend wraps, page and column breaks. */
import type { Line } from "./lines";
import { endsMidSentence, endsSentence, joinWrapped } from "./text";

export interface Marks {
  /** Lines are hard-wrapped at a column width (layout B). */
  wrapped: boolean;
  /** Paragraphs begin with an indent (layout C). */
  indent: boolean;
}

// A line this many half-width units short of the column is a paragraph's last line.
const SHORT_BY = 4;
// In unwrapped text, a line this short that stops without a full stop is a subheading.
const SUBHEAD_MAX = 30;
// In wrapped text, a subheading fills at most this share of the column.
const SUBHEAD_SHARE = 0.7;

/**
 * The column width of a run of wrapped lines: the upper quartile of the widths
 * of lines that continue into the next (they fill the column; last lines don't).
 */
export function columnWidth(lines: Line[]): number {
  const inner = lines
    .filter((l, i) => i + 1 < lines.length && lines[i + 1].blankBefore === 0 && !endsSentence(l.text))
    .map((l) => l.width)
    .sort((a, b) => a - b);
  if (inner.length < 2) return Math.max(0, ...lines.map((l) => l.width));
  return inner[Math.floor((inner.length - 1) * 0.75)];
}

/** Does a new paragraph start at `line`, given the line before it? */
function startsParagraph(prev: Line, line: Line, marks: Marks, column: number): boolean {
  if (marks.indent && line.indent) return true;
  const short = marks.wrapped ? prev.width <= column - SHORT_BY : [...prev.text].length <= SUBHEAD_MAX;
  if (line.blankBefore > 0) {
    if (endsSentence(prev.text)) return true;
    // A blank line after a line that stops mid-sentence is a page or column break;
    // after a short line with no comma or stop in it, a subheading ended.
    // (Printed lines vary by a few units with punctuation and digits, hence "well short".)
    // In unwrapped text a paragraph may end on a colon before a quoted text or list.
    if (!marks.wrapped && /[：:]$/u.test(prev.text)) return true;
    const subheading = (marks.wrapped ? prev.width <= column * SUBHEAD_SHARE : short) && !/[，。；,;]/u.test(prev.text);
    return subheading && !endsMidSentence(prev.text);
  }
  // No blank line between: only a short last line that ends a sentence ends a wrapped paragraph.
  return endsSentence(prev.text) && (!marks.wrapped || short);
}

export function toParagraphs(lines: Line[], marks: Marks): string[] {
  if (!lines.length) return [];
  const column = marks.wrapped ? columnWidth(lines) : Infinity;
  const paragraphs: string[] = [lines[0].text];
  for (let i = 1; i < lines.length; i++) {
    if (startsParagraph(lines[i - 1], lines[i], marks, column)) paragraphs.push(lines[i].text);
    else paragraphs[paragraphs.length - 1] = joinWrapped(paragraphs[paragraphs.length - 1], lines[i].text);
  }
  return paragraphs;
}

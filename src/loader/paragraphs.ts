/** Body lines → paragraphs: mend wraps, page and column breaks. */
import type { Line } from "./lines";
import { endsSentence, joinWrapped } from "./text";

export interface Marks {
  /** Lines are hard-wrapped at a column width (layout B). */
  wrapped: boolean;
  /** Paragraphs begin with an indent (layout C). */
  indent: boolean;
}

// A line this many half-width units short of the column is a paragraph's last line.
const SHORT_BY = 4;

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
  const ended = endsSentence(prev.text);
  if (!ended) return false;
  if (line.blankBefore > 0) return true;
  if (marks.indent) return !marks.wrapped || prev.width <= column - SHORT_BY;
  // No blank line between: only a short last line ends a wrapped paragraph.
  return !marks.wrapped || prev.width <= column - SHORT_BY;
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

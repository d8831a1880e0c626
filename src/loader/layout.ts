/** Which layout is this text in? Decided from the text alone, never from the file name. */
import type { Line } from "./lines";
import { boxByline, ownLineByline, trailingByline } from "./patterns";
import { isHeadlineLine } from "./headline";
import { endsSentence } from "./text";

export interface LayoutGuess {
  layout: "A" | "B" | "C";
  /** Headline before its body (A, C) or after it (B). */
  headlineFirst: boolean;
  /** Lines are hard-wrapped at a column width. */
  wrapped: boolean;
  /** Paragraphs start with a full-width indent. */
  indent: boolean;
}

// A printed column is at most this wide (half-width units): 60 characters.
const MAX_COLUMN = 120;

/**
 * Hard-wrapped text runs on into the next line mid-sentence, and its lines are
 * a printed column wide. Headlines and bylines run on too; in text of one
 * paragraph per line, though, most lines are far longer than any column.
 */
export function looksWrapped(lines: Line[]): boolean {
  const runOn = lines.filter(
    (l, i) => i + 1 < lines.length && lines[i + 1].blankBefore === 0 && !lines[i + 1].indent && !endsSentence(l.text),
  ).length;
  const widths = lines.map((l) => l.width).sort((a, b) => a - b);
  const columnWide = widths.length > 0 && widths[Math.floor((widths.length - 1) * 0.8)] <= MAX_COLUMN;
  return runOn >= 3 && runOn / (lines.length || 1) >= 0.2 && columnWide;
}

export function detectLayout(lines: Line[]): LayoutGuess {
  const n = lines.length || 1;
  // Indents mark paragraphs when they stand where other layouts put blank lines:
  // counted against the lines after a blank, not against all lines (a narrow
  // column gives long paragraphs many lines and few indents).
  let indented = 0;
  let afterBlank = 0;
  for (const l of lines) {
    if (l.indent) indented++;
    else if (l.blankBefore > 0) afterBlank++;
  }
  const indent = indented >= 2 && indented >= afterBlank && indented / n >= 0.02;
  // Wrapped text runs on into the next line without a blank and without a sentence end.
  const wrapped = looksWrapped(lines);

  let headFirst = 0;
  let bodyFirst = 0;
  lines.forEach((l, i) => {
    if (boxByline(l.text)) headFirst += 2;
    else if (/^本报讯/u.test(l.text)) headFirst += 1;
    else if (ownLineByline(l.text) || trailingByline(l.text)) {
      // A byline followed by a headline and preceded by body text: body first.
      const next = lines[i + 1];
      if (next && isHeadlineLine(next) && trailingByline(l.text)) bodyFirst += 2;
      else if (next && isHeadlineLine(next)) bodyFirst += 1;
    }
  });
  // The first real line: a headline opens layout A, a body line opens layout B.
  const first = lines.find((l) => !/^[（(]/u.test(l.text));
  if (first && !isHeadlineLine(first) && !boxByline(first.text)) bodyFirst += 2;
  const last = lines[lines.length - 1];
  if (last && isHeadlineLine(last)) bodyFirst += 1;
  const headlineFirst = headFirst >= bodyFirst;
  return { layout: indent ? "C" : headlineFirst ? "A" : "B", headlineFirst, wrapped, indent };
}

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
// (Printed lines vary by a few units with punctuation and digits.)
const SHORT_BY = 4;
// In unwrapped text, a line this short that stops without a full stop is a subheading.
const SUBHEAD_MAX = 30;
// In wrapped text, a subheading fills at most this share of the column.
const SUBHEAD_SHARE = 0.7;

// A subheading has no clause marks; a question or exclamation inside it is running text.
const NO_CLAUSE_MARKS = /^[^，。；,;]*$/u;
const INNER_STOP = /[！？!?…](?=.)/u;
const SPACED = /[^\x00-\x7f] [^\x00-\x7f]/u;
/** A Latin word or number opening a line: it moved down whole, so the line above may end short. */
const LATIN_RUN = /^[A-Za-z0-9.%]+/;
const ENUMERATION = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[①-⑳]|——)/u;

/**
 * The column width of a run of wrapped lines: the upper quartile of the widths
 * of lines that continue into the next (they fill the column; last lines don't),
 * leaving out lines after a blank, mostly paragraphs' first lines whose indent
 * was dropped, while enough others remain.
 */
function columnWidth(lines: Line[]): number {
  const inner: number[] = [];
  const opening: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i + 1].blankBefore > 0 || lines[i + 1].indent || endsSentence(lines[i].text)) continue;
    (i === 0 || lines[i].blankBefore > 0 ? opening : inner).push(lines[i].width);
  }
  const widths = inner.length >= 2 ? inner : inner.concat(opening);
  if (widths.length < 2) return Math.max(0, ...lines.map((l) => l.width));
  widths.sort((a, b) => a - b);
  return widths[Math.floor((widths.length - 1) * 0.75)];
}

/**
 * The width a paragraph's first line fills: print extraction drops the
 * paragraph indent, so first lines run a few units short of the column. The
 * median over lines that open a paragraph (after a blank line, or after a short
 * line that ends a sentence) and continue into the next line; without enough
 * such lines, the usual two-character indent short of the column.
 */
function firstLineWidth(lines: Line[], column: number): number {
  const firsts: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    const opens = i === 0 || l.blankBefore > 0 || (endsSentence(lines[i - 1].text) && lines[i - 1].width <= column - 2 * SHORT_BY);
    if (opens && runsOn(lines, i)) firsts.push(l.width);
  }
  if (firsts.length < 2) return column - SHORT_BY;
  firsts.sort((a, b) => a - b);
  return Math.min(column, firsts[Math.floor((firsts.length - 1) / 2)]);
}

/** Does `lines[i]` run on into the next line: no blank, no indent, no sentence end between? */
function runsOn(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return !!next && next.blankBefore === 0 && !next.indent && !endsSentence(lines[i].text);
}

interface Measure {
  marks: Marks;
  column: number;
  first: number;
  /** Index of the line that opened the current paragraph. */
  opened: number;
}

/** Is `lines[i]` well short of the width it would fill if the paragraph went on? */
function isShort(lines: Line[], i: number, m: Measure): boolean {
  const l = lines[i];
  if (!m.marks.wrapped) return [...l.text].length <= SUBHEAD_MAX;
  const full = i === m.opened && !m.marks.indent ? m.first : m.column;
  return l.width <= full - SHORT_BY;
}

/**
 * A one-line subheading: short, no clause marks, not ending mid-sentence. In
 * wrapped text short means a fair share of the column or, for a line that
 * opened a paragraph and is followed by another paragraph's first line, shorter
 * than a first line runs.
 */
function subheading(lines: Line[], i: number, m: Measure): boolean {
  const l = lines[i];
  if (!NO_CLAUSE_MARKS.test(l.text) || INNER_STOP.test(l.text) || endsMidSentence(l.text) || endsSentence(l.text)) return false;
  if (!m.marks.wrapped) return [...l.text].length <= SUBHEAD_MAX;
  if (l.width <= m.column * SUBHEAD_SHARE) return true;
  // Spaced phrases (…达新高 医疗资源告急) are headline style, not running text.
  if (SPACED.test(l.text) && l.width <= m.column - SHORT_BY) return true;
  const next = lines[i + 1];
  return i === m.opened && l.width <= m.first - 2 && !!next && looksFirst(lines, i + 1, m);
}

/**
 * Is `lines[i]` as wide as a paragraph's first line, short of the column by the
 * dropped indent? Not when a number or Latin word that opens the next line would
 * not have fitted on it.
 */
function looksFirst(lines: Line[], i: number, m: Measure): boolean {
  const l = lines[i];
  if (!indentShows(m) || l.width > m.first + 2 || l.width > m.column - 2) return false;
  const run = LATIN_RUN.exec(lines[i + 1]?.text ?? "");
  return !run || l.width + run[0].length <= m.column;
}

/**
 * A subheading right after a paragraph's full last line: a line of the
 * subheading's shape, short of the column, with a blank line after it.
 */
function standsAlone(lines: Line[], i: number, m: Measure): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  if (next && next.blankBefore === 0) return false;
  if (!NO_CLAUSE_MARKS.test(l.text) || INNER_STOP.test(l.text) || endsMidSentence(l.text) || endsSentence(l.text)) return false;
  return l.width <= m.column - SHORT_BY;
}

/** Does the text show the dropped indent: first lines clearly short of the column? */
const indentShows = (m: Measure) => m.first <= m.column - 3;

/** A full-width line that runs on: not a paragraph's first line, whose indent was dropped. */
function continuesColumn(lines: Line[], i: number, m: Measure): boolean {
  const l = lines[i];
  return indentShows(m) && l.width >= m.first + 3 && l.width >= m.column - 2 && runsOn(lines, i);
}

/** Does a new paragraph start at `lines[i]`, given the lines before it? */
function startsParagraph(lines: Line[], i: number, m: Measure): boolean {
  const prev = lines[i - 1];
  const line = lines[i];
  const { marks } = m;
  if (marks.indent && line.indent) return true;
  if (line.blankBefore > 0) {
    if (endsSentence(prev.text)) {
      // Where indents mark paragraphs, an unindented line after a full line is a column break;
      // where the indent was dropped, so is a full-width line after one.
      if (marks.indent && marks.wrapped) return isShort(lines, i - 1, m);
      if (marks.wrapped && !isShort(lines, i - 1, m)) {
        if (continuesColumn(lines, i, m)) return false;
        // A clause ended by a semicolon at the column's end goes on after the break.
        if (/[；;]$/u.test(prev.text) && !ENUMERATION.test(line.text)) return false;
      }
      return true;
    }
    // A blank line after a line that stops mid-sentence is a page or column break;
    // after a short line with no comma or stop in it, a subheading ended.
    // A paragraph may end on a colon before a quoted text or list.
    if (/[：:]$/u.test(prev.text)) return !marks.wrapped || isShort(lines, i - 1, m) || ENUMERATION.test(line.text);
    return subheading(lines, i - 1, m);
  }
  if (marks.indent) return false;
  // A list opened by a colon: each item is a paragraph.
  if (/[：:]$/u.test(prev.text) && ENUMERATION.test(line.text)) return true;
  // No blank line between: a short last line that ends a sentence ends a wrapped paragraph;
  // after a full one, a line short by the dropped indent that runs on opens the next.
  if (endsSentence(prev.text)) {
    if (!marks.wrapped || isShort(lines, i - 1, m)) return true;
    return (looksFirst(lines, i, m) && runsOn(lines, i)) || standsAlone(lines, i, m);
  }
  // and so does a one-line subheading standing after a paragraph's end.
  // (The line after must open a paragraph of its own: run on, or end a sentence.)
  return (
    marks.wrapped &&
    m.opened === i - 1 &&
    subheading(lines, i - 1, m) &&
    looksFirst(lines, i, m) &&
    (runsOn(lines, i) || endsSentence(line.text))
  );
}

export function toParagraphs(lines: Line[], marks: Marks): string[] {
  if (!lines.length) return [];
  const column = marks.wrapped ? columnWidth(lines) : Infinity;
  const m: Measure = { marks, column, first: marks.wrapped ? firstLineWidth(lines, column) : Infinity, opened: 0 };
  const paragraphs: string[] = [lines[0].text];
  for (let i = 1; i < lines.length; i++) {
    if (startsParagraph(lines, i, m)) {
      paragraphs.push(lines[i].text);
      m.opened = i;
    } else paragraphs[paragraphs.length - 1] = joinWrapped(paragraphs[paragraphs.length - 1], lines[i].text);
  }
  return paragraphs;
}

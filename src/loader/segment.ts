/** What the segmenters produce: articles as line groups, before paragraphs are mended. */
import type { Line } from "./lines";
import { displayWidth } from "./text";

export interface Segment {
  /** Headline lines in print order (blank-line gaps kept in `blankBefore`). */
  headline: Line[];
  /** Byline text without its marks, or null. */
  byline: string | null;
  /** Body lines, byline lines removed. */
  body: Line[];
}

export interface Segmentation {
  segments: Segment[];
  /** Lines that belong to no article. */
  noise: Line[];
  warnings: string[];
}

/** A copy of `line` holding only `text` (a byline cut off its end). */
export function withText(line: Line, text: string): Line {
  return { ...line, text, width: displayWidth(text) };
}

/** Consecutive lines with no blank line between them. */
export function blocks(lines: Line[], from: number, to = lines.length): Line[][] {
  const out: Line[][] = [];
  for (let i = from; i < to; i++) {
    if (i === from || lines[i].blankBefore > 0) out.push([]);
    out[out.length - 1].push(lines[i]);
  }
  return out;
}

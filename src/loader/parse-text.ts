/** One raw issue text → articles, noise and warnings (the splitter in src/loader/split/). */
import { toLines } from "./lines";
import { splitLines, type Split, type SplitArticle, type SplitOptions } from "./split/split";

export type ParsedArticle = SplitArticle;

export interface LayoutGuess {
  layout: "A" | "B" | "C";
  /** Headline before its body (A, C) or after it (B). */
  headlineFirst: boolean;
  /** Lines are hard-wrapped at a column width. */
  wrapped: boolean;
  /** Paragraphs start with an indent. */
  indent: boolean;
}

export interface ParsedText extends Omit<Split, "layout" | "headlineFirst" | "wrapped" | "indents"> {
  layout: LayoutGuess;
}

export function parseText(text: string, opts: SplitOptions = {}): ParsedText {
  const { layout, headlineFirst, wrapped, indents, ...rest } = splitLines(toLines(text), opts);
  return { ...rest, layout: { layout, headlineFirst, wrapped, indent: indents } };
}

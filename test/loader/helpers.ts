import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../src/loader/decode";
import { parseText, type ParsedText } from "../../src/loader/parse-text";
import type { Correction } from "../../src/loader/corrections";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");
export const CONTENT = join(import.meta.dirname, "..", "..", "content");

export function parseFile(path: string): ParsedText {
  return parseText(decode(readFileSync(path)).text);
}

/** The headline as truth.json writes it: its parts in print order. */
export const headlineOf = (a: { kicker: string | null; title: string; subtitle: string | null }) =>
  [a.kicker, a.title, a.subtitle].filter((p): p is string => p !== null);

/**
 * A hard case: the splitter reads the text as a reader would, or it flags with a
 * doubt one of the lines an editor would correct; and with those corrections
 * (content/corrections.json) it reads it right.
 */
export function hardCase(text: string, check: (p: ParsedText) => void, fixes: Correction[]): void {
  const p = parseText(text);
  try {
    check(p);
  } catch (e) {
    const doubted = new Set(p.articles.flatMap((a) => a.doubts.map((d) => d.line)));
    if (!fixes.some((f) => doubted.has(f.line))) throw e;
  }
  check(parseText(text, { corrections: fixes }));
}

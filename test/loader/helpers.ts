import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../src/loader/decode";
import { parseText, type ParsedText } from "../../src/loader/parse-text";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");
export const CONTENT = join(import.meta.dirname, "..", "..", "content");

export function parseFile(path: string): ParsedText {
  return parseText(decode(readFileSync(path)).text);
}

/** The headline as truth.json writes it: its parts in print order. */
export const headlineOf = (a: { kicker: string | null; title: string; subtitle: string | null }) =>
  [a.kicker, a.title, a.subtitle].filter((p): p is string => p !== null);

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ending, opening, sentenceInside, stopInside } from "../../../src/loader/split/line-scan";
import { ENUMERATION, MARK, bracketed } from "../../../src/loader/split/shapes";

// The splitter's features read these facts with one pass over a line; each must say what its pattern says.
const STOP = /[。！？!?…；;][”’」』）)》"'】]*$/u;
const tail = (t: string) => (t.length > 12 ? t.slice(-12) : t);
const PATTERNS: Record<string, (t: string) => boolean> = {
  stop: (t) => STOP.test(tail(t)),
  fullStop: (t) => /[。…；;][”’」』）)》"'】]*$/u.test(tail(t)),
  excl: (t) => /[！？!?][”’」』）)》"']*$/u.test(tail(t)),
  comma: (t) => /[，,、]$/u.test(t),
  colon: (t) => /[：:]$/u.test(t),
  close: (t) => /[”’」』）)》"'】]$/u.test(t),
  open: (t) => /[“‘《（(【「『—-]$/u.test(t),
  stopInside: (t) => /[。；;！？!?](?=.)/u.test(t.replace(STOP, "")),
  sentenceInside: (t) => /[。；;！？!?](?=[^”’」』）)》"'】！？!?])/u.test(t.slice(0, -1)),
  quote: (t) => /^[“"「『]/u.test(t),
  paren: (t) => /^[（(]/u.test(t),
  dash: (t) => /^[—–-]/u.test(t),
  tag: (t) => /^[【[]/u.test(t),
};
const scanned = (t: string): Record<string, boolean> => ({
  ...ending(t),
  stopInside: stopInside(t),
  sentenceInside: sentenceInside(t),
  quote: opening(t).quote,
  paren: opening(t).paren,
  dash: opening(t).dash,
  tag: opening(t).tag,
});
const byPattern = (t: string) => Object.fromEntries(Object.entries(PATTERNS).map(([k, f]) => [k, f(t)]));

// Lines of the marks the patterns look for, Chinese and Latin text, spaces and a character outside the BMP.
const CHARS = [..."。！？!?…；;，,、：:”’」』）)》\"'】“‘《（(【「『—–-[]|｜ 中文本报讯记者aZ09①图口□", "𠀀"];
const line = fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((cs) => cs.join(""));

describe("line scan", () => {
  it("reads a line's end and start as the patterns do", () => {
    fc.assert(
      fc.property(line, (t) => {
        expect(scanned(t), JSON.stringify(t)).toEqual(byPattern(t));
      }),
      { numRuns: 5000 },
    );
  });

  it("lets through every line the start patterns match", () => {
    const opened = fc
      .tuple(fc.constantFrom("一、", "（三）", "12.", "①", "图 二", "□", "■■", "口记者", "（", "【", "("), line)
      .map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.oneof(line, opened), (t) => {
        if (ENUMERATION.test(t)) expect(opening(t).enumeration).toBe(true);
        if (MARK.test(t)) expect(opening(t).mark).toBe(true);
        if (bracketed(t)) expect(opening(t).bracket).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads endings past closing quotes, within the last twelve code units", () => {
    expect(ending("他说：“好。”").stop).toBe(true);
    expect(ending("好吗？】").excl).toBe(false);
    expect(ending("好吗？”").excl).toBe(true);
    expect(ending(`好。${"”".repeat(11)}`).stop).toBe(true);
    expect(ending(`好。${"”".repeat(12)}`).stop).toBe(false);
    expect(stopInside("第一句。第二句。")).toBe(true);
    expect(stopInside("只有一句。”")).toBe(false);
    expect(sentenceInside("问？！后来")).toBe(true);
    expect(sentenceInside("问？”后")).toBe(false);
  });
});

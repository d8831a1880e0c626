import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decode } from "../../src/loader/decode";
import { parseText, type ParsedText } from "../../src/loader/parse-text";

// Marks the loader may drop: the □ before a byline and the brackets around one.
const LAYOUT_MARKS = new Set(["□", "■", "◇", "◆", "☆", "★", "（", "）", "(", ")"]);
// Control characters carry nothing and go; zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are text and count.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
// White space, except U+FEFF: JavaScript counts it as a space, but inside a line it is a character to keep.
const SPACE = /[^\S\ufeff]/u;
const ZERO_WIDTH_ONLY = /^[\s\u200b-\u200d\u2060]*$/u;

/** Characters that must reach the output, line by line: a line of nothing but spaces and zero-width characters is blank. */
function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of s.replace(new RegExp(CONTROL.source, "gu"), "").split(/\r\n|\r|\n|\u2028|\u2029/u)) {
    const t = line.trim();
    if (ZERO_WIDTH_ONLY.test(t)) continue;
    for (const ch of t) {
      if (SPACE.test(ch) || LAYOUT_MARKS.has(ch)) continue;
      m.set(ch, (m.get(ch) ?? 0) + 1);
    }
  }
  return m;
}

/** Output text, counted like the input: each field is one line. */
function outputText(p: ParsedText): string {
  return [...p.noise, ...p.articles.flatMap((a) => [a.kicker ?? "", a.title, a.subtitle ?? "", a.byline ?? "", ...a.paragraphs])].join(
    "\n",
  );
}

/** Characters of the input missing from the output (as many times as they occur). */
function missing(input: string, p: ParsedText): string[] {
  const out = counts(outputText(p));
  const lost: string[] = [];
  for (const [ch, n] of counts(input)) if ((out.get(ch) ?? 0) < n) lost.push(ch);
  return lost;
}

// Pieces that real issues are made of, so the generator reaches every branch of the parser.
const piece = fc.oneof(
  fc.constantFrom(
    "□记者 程修建",
    "□本报通讯员",
    "（侯汶利）",
    "（孟潇 摄影报道）",
    "(记者 李森 摄)",
    "本报讯 ",
    "市中云报APP",
    "第2版",
    "高新区召开会议",
    "张范街道整治路域环境",
    "美化乡村“颜值”",
    "。",
    "，",
    "！",
    "”",
    "“",
    "、",
    "\u3000\u3000",
    "  ",
    "\t",
    "\u00a0",
    "Micro OLED",
    "5GWh",
    "2021年5月26日",
    "会议强调，要提高认识。",
    "近日，区领导督导项目建设",
    // Zero-width characters: inside words, around marks, alone on a line, and a ZWJ emoji sequence.
    "\u200b",
    "高\u200b新区",
    "\u200c",
    "\u200d",
    "\u2060",
    "会议\ufeff强调",
    "👨\u200d👩\u200d👧",
    "□记者\u200b 王明",
  ),
  fc.string({ unit: fc.constantFrom(..."区委书记宋磊会议高新锂电城市文明卫生ABCxyz0129《》：；？…—·"), maxLength: 30 }),
  fc.string({ maxLength: 8 }),
);
const line = fc.array(piece, { maxLength: 6 }).map((ps) => ps.join(""));
const issueText = fc
  .array(fc.tuple(line, fc.constantFrom("\n", "\n\n", "\r\n", "\r", "\n\n\n")), { maxLength: 40 })
  .map((ls) => ls.map(([l, end]) => l + end).join(""));

describe("nothing is lost", () => {
  it("every non-space character of any input reaches an article or the noise list", () => {
    fc.assert(
      fc.property(issueText, (text) => {
        expect(missing(text, parseText(text))).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it("also through decoding, for any bytes that decode", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 400 }), (bytes) => {
        let text: string;
        try {
          text = decode(bytes).text;
        } catch {
          return; // rejected with a reason: covered by the bad-input tests
        }
        expect(missing(text, parseText(text))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Lay corpus stories out as raw newspaper issues in layouts A, B and C, with
 * the split a perfect loader would produce (the generated truth).
 *
 * The corpus is broadcast copy (新闻联播); a local paper prints it differently,
 * and the layouts follow the real seeds in content/issues/:
 * - headlines: a 【栏目】 prefix becomes a kicker line, a `——` tail a subtitle
 *   line; a title too long for one line (28 characters) is split at a space into
 *   two parts or, without a space, wrapped over two lines (one title); a story
 *   whose headline needs more than three lines is not printed;
 * - layout A: headline parts between blank lines, `□记者 X`, paragraphs between
 *   blank lines, now and then a column break (a blank line inside a sentence)
 *   and photo stories closed by `(记者 X 摄)`;
 * - layouts B and C: the body hard-wrapped at a column width in display units
 *   (digits and Latin half width), the paragraph indent lost in extraction (B)
 *   or kept as `　　` (C), closing punctuation hanging past the column and
 *   squeezed punctuation (a few units of width noise), column breaks, the byline
 *   glued to the last line or on its own line, then the headline. A story that
 *   opens with a subheading (an item title of a 快讯 roundup) is not printed in
 *   B and C: it would read as part of the headline above it.
 */
import type { Story } from "./corpus";

export interface TruthArticle {
  headline: string[];
  byline: string | null;
  paragraphs: string[];
}
export interface RawIssue {
  name: string;
  layout: "A" | "B" | "C";
  text: string;
  truth: TruthArticle[];
}

const NAMES = ["王明", "李华", "张丽", "刘正航", "程修建", "孟潇", "侯汶利", "梁晓雨", "赵磊", "陈静", "胡乐才", "李轩"];
const ORGS = ["区委宣传部", "兴仁街道党工委", "区融媒体中心", "高新区党政办公室"];
/** Longest headline line, in characters. */
const MAX_HEADLINE_LINE = 28;
/** Longest title printed wrapped over two lines. */
const MAX_WRAPPED_TITLE = 40;

const chars = (s: string) => [...s];
const len = (s: string) => chars(s).length;
const normalise = (s: string) => s.replace(/[\s\u3000]+/gu, " ").trim();
const paragraphs = (body: string) => body.split("\n").map(normalise).filter(Boolean);
const endsSentence = (s: string) => /[。！？!?…；;][”’」』）)》"']*$/u.test(s);
const pick = <T>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)];

// ---------------------------------------------------------------- headlines

const OPENERS = /[“‘《（(〈【「『]/u;
const CLOSERS = /[，。、；：！？）)》〉】」』”’…]/u;
const LATIN = /[A-Za-z0-9.%]/;

/**
 * Wrap one title over two lines of about equal length (the lines differ by at
 * most three characters): never at a space, inside a number or word, or before a
 * closing mark.
 */
function wrapTitle(t: string, rnd: () => number): [string, string] | null {
  const c = chars(t);
  const ok: number[] = [];
  for (let i = Math.max(4, Math.ceil((c.length - 3) / 2)); i <= Math.min(c.length - 4, Math.floor((c.length + 3) / 2)); i++) {
    const a = c[i - 1];
    const b = c[i];
    if (a === " " || b === " " || (LATIN.test(a) && LATIN.test(b)) || CLOSERS.test(b) || OPENERS.test(a)) continue;
    ok.push(i);
  }
  if (!ok.length) return null;
  const i = pick(ok, rnd);
  return [c.slice(0, i).join(""), c.slice(i).join("")];
}

/** Split a long title at the space that best balances two parts of at most `max` characters. */
function splitAtSpace(t: string, max: number): [string, string] | null {
  let best: [string, string] | null = null;
  let bestDiff = Infinity;
  for (const m of t.matchAll(/ /gu)) {
    const a = t.slice(0, m.index).trim();
    const b = t.slice(m.index! + 1).trim();
    if (!a || !b || len(a) > max || len(b) > max) continue;
    const diff = Math.abs(len(a) - len(b));
    if (diff < bestDiff) [best, bestDiff] = [[a, b], diff];
  }
  return best;
}

/** A headline as printed: its parts, each one or two lines. Null when it needs more than three lines. */
function printedHeadline(title: string, rnd: () => number, wrapped: boolean, maxLine = MAX_HEADLINE_LINE): string[][] | null {
  let t = normalise(title);
  const parts: string[][] = [];
  const k = /^【([^】]{1,20})】\s*(.+)$/u.exec(t);
  if (k) {
    parts.push([k[1].trim()]);
    t = k[2].trim();
  }
  let sub: string | null = null;
  const d = t.indexOf("——");
  if (d > 0) {
    sub = t.slice(d);
    t = t.slice(0, d).trim();
    if (len(sub) > maxLine + 2) return null;
  }
  if (!t) return null;
  if (len(t) <= maxLine) {
    // Narrow headline columns wrap middling titles too.
    const w = wrapped && len(t) >= 14 && !/ /u.test(t) && rnd() < 0.25 ? wrapTitle(t, rnd) : null;
    parts.push(w ?? [t]);
  } else if (/ /u.test(t)) {
    const s = splitAtSpace(t, maxLine);
    if (!s) return null;
    parts.push([s[0]], [s[1]]);
  } else if (wrapped && len(t) <= MAX_WRAPPED_TITLE) {
    const w = wrapTitle(t, rnd);
    if (!w) return null;
    parts.push(w);
  } else return null;
  if (sub) parts.push([sub]);
  return parts.flat().length <= 3 ? parts : null;
}

/** The truth of a printed headline: a wrapped title's lines join with no separator. */
const headlineTruth = (parts: string[][]) => parts.map((p) => p.join(""));

// ---------------------------------------------------------------- body text

/** Display width as printed: CJK characters and full-width punctuation 2 units, digits and Latin 1. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 || /[“”‘’—…·]/u.test(ch) ? 2 : 1;
  return w;
}

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;
/** Wrapped lines of one paragraph joined as a reader would: a space only between two Latin words. */
function joinLines(lines: string[]): string {
  return lines.reduce((a, b) => (LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b));
}

/**
 * Hard-wrap a paragraph at a column of `column` display units, as print
 * extraction gives it. The first line loses `indent` units to the paragraph
 * indent. Latin words and numbers are never split; closing marks hang past the
 * column, an opening mark never ends a line, and now and then one more
 * character is squeezed in by tightening punctuation.
 */
function wrap(p: string, column: number, indent: number, rnd: () => number): string[] {
  const tokens = p.match(/[A-Za-z0-9.%]+|\s|./gu) ?? [];
  const out: string[] = [];
  let line = "";
  let w = 0;
  let avail = column - indent;
  const flush = () => {
    let l = line.trimEnd();
    let carry = "";
    // An opening quote or bracket does not end a line: it moves down.
    while (l.length > 1 && OPENERS.test(l.slice(-1))) {
      carry = l.slice(-1) + carry;
      l = l.slice(0, -1);
    }
    out.push(l);
    line = carry;
    w = width(carry);
    avail = column;
  };
  for (const t of tokens) {
    const tw = width(t);
    if (line.trim() && w + tw > avail) {
      const hang = CLOSERS.test(t) && w + tw <= avail + 4;
      const squeeze = !hang && tw === 2 && w + tw <= avail + 2 && /[，、“”。]/u.test(line) && rnd() < 0.15;
      if (!hang && !squeeze) {
        flush();
        if (t === " ") continue;
      }
    }
    if (!line && t === " ") continue;
    line += t;
    w += tw;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

// ---------------------------------------------------------------- layouts

interface Laid {
  text: string;
  truth: TruthArticle[];
}

function layoutA(stories: Story[], rnd: () => number): Laid {
  const out: string[] = ["看报APP", ""];
  const truth: TruthArticle[] = [];
  for (const s of stories) {
    const ps = paragraphs(s.body);
    const head = printedHeadline(s.title, rnd, false, 60);
    if (!ps.length || !head) continue;
    const headline = headlineTruth(head);
    for (const part of head) out.push(...part, "");
    const name = pick(NAMES, rnd);
    // A short photo story: no byline under the headline, a credit after the text.
    const photo = ps.length <= 3 && ps.every(endsSentence) && rnd() < 0.1;
    const byline = photo ? `记者 ${name} 摄` : `记者 ${name}`;
    if (!photo) out.push(`□${byline}`, "");
    for (const p of ps) {
      const c = chars(p);
      // Now and then a column break: a blank line inside a sentence.
      // (Past the first 30 characters: a shorter piece would read as a subheading.)
      if (c.length > 45 && rnd() < 0.05) {
        let at = 30 + Math.floor(rnd() * (c.length - 40));
        while (at < c.length - 1 && (/[\sA-Za-z0-9.%]/u.test(c[at]) || CLOSERS.test(c[at]) || /[。！？；]/u.test(c[at - 1]))) at++;
        out.push(c.slice(0, at).join("").trimEnd(), "", c.slice(at).join("").trimStart(), "");
      } else out.push(p, "");
    }
    if (photo) out.push(`(${byline})`, "");
    truth.push({ headline, byline, paragraphs: ps });
  }
  return { text: out.join("\n"), truth };
}

function bylineFor(rnd: () => number): string {
  const r = rnd();
  if (r < 0.55) return pick(NAMES, rnd);
  if (r < 0.7) return `${pick(NAMES, rnd)} ${pick(NAMES, rnd)}`;
  if (r < 0.85) return `${pick(NAMES, rnd)} 摄影报道`;
  if (r < 0.93) return `记者 ${pick(NAMES, rnd)}`;
  return pick(ORGS, rnd);
}

function layoutB(stories: Story[], rnd: () => number, indent: boolean): Laid {
  const out: string[] = [];
  const blank = () => {
    if (!indent) out.push("");
  };
  const truth: TruthArticle[] = [];
  for (const s of stories) {
    const ps = paragraphs(s.body);
    // A body that opens with an item title would read as part of the headline above.
    if (!ps.length || !endsSentence(ps[0])) continue;
    const head = printedHeadline(s.title, rnd, true);
    if (!head) continue;
    const column = 2 * (20 + Math.floor(rnd() * 10));
    const byline = bylineFor(rnd);
    const truthParas: string[] = [];
    ps.forEach((p, i) => {
      const lines = wrap(p, column, 4, rnd);
      truthParas.push(joinLines(lines));
      if (indent) lines[0] = `\u3000\u3000${lines[0]}`;
      // Now and then a column break: a blank line inside the paragraph.
      if (lines.length > 2 && rnd() < (indent ? 0.08 : 0.15)) lines.splice(1 + Math.floor(rnd() * (lines.length - 1)), 0, "");
      const last = i === ps.length - 1;
      // The byline goes on the last line when it fits there, else on a line of its own.
      if (last && rnd() < 0.6 && width(lines[lines.length - 1]) + 2 + width(`（${byline}）`) <= column + 4) {
        lines[lines.length - 1] += ` （${byline}）`;
      } else if (last) {
        if (!indent && rnd() < 0.5) lines.push("");
        lines.push(`（${byline}）`);
      }
      out.push(...lines);
      // Paragraphs stand between blank lines in B, mostly.
      if (last || rnd() < 0.92) blank();
    });
    head.forEach((part, k) => {
      if (k > 0 && rnd() < 0.3) blank();
      out.push(...part);
    });
    blank();
    truth.push({ headline: headlineTruth(head), byline, paragraphs: truthParas });
  }
  return { text: out.join("\n"), truth };
}

/** One issue per group of stories, cycling through the layouts; groups left with no story print no issue. */
export function layOut(groups: Story[][], seed: () => number): RawIssue[] {
  const issues: RawIssue[] = [];
  groups.forEach((stories, i) => {
    const layout = (["A", "B", "C"] as const)[i % 3];
    const { text, truth } = layout === "A" ? layoutA(stories, seed) : layoutB(stories, seed, layout === "C");
    if (truth.length) issues.push({ name: `${stories[0].issue}.txt`, layout, text, truth });
  });
  return issues;
}

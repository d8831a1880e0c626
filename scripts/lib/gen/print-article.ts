/**
 * One article onto a sheet, headline first or body first, under an issue's
 * style: wrap width, indents, column breaks, and the credit in any of its forms
 * and positions (own line before or after the text, at the end of the last line,
 * inside the first paragraph, over two lines, with □ ■ 口 ● marks, padded names).
 */
import type { Sheet } from "./sheet";
import { between, breakInside, breakTitle, chance, padName, pick, units, wrap, type Rnd } from "./print";

export interface Style {
  order: "head" | "body";
  /** Body column in display units; 0 when each paragraph is one line. */
  column: number;
  indent: "kept" | "spaces" | "lost" | "flush";
  /** Blank lines between headline parts. */
  headGap: boolean;
  /** Chance of a column break inside a paragraph. */
  breaks: number;
  /** Chance of a noise line (page mark, jump line, footer) between two paragraphs, and its maker. */
  interrupt?: number;
  interruption: (rnd: Rnd) => string;
}

export interface PrintedArticle {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  paragraphs: string[];
  /** Where the credit was printed, for per-variant figures. */
  credit: string;
  /** Sheet items of the article's lines. */
  first: number;
  last: number;
}

export interface ArticleText {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  paragraphs: string[];
  /** The record's own form and printed credit, used as printed where the form is kept. */
  form: "head" | "end" | "end-inline" | "lead-inline" | "none";
  creditRaw: string | null;
  headAt: number;
}

const ROLE = /(记者|通讯员|实习生|摄影|特约|首席|见习|编辑)/u;
const MARKS = ["□", "□", "■ ", "■", "口", "●", "○○", "", "", "◎"];

/** Split a byline over two lines the way papers do: before the second role, or after the first role. */
function twoLines(names: string): [string, string] | null {
  const toks = names.split(" ");
  for (let i = 1; i < toks.length; i++) if (SECOND_ROLE.test(toks[i])) return [toks.slice(0, i).join(" "), toks.slice(i).join(" ")];
  const m = /^(\S*?(?:记者|通讯员))\s*(\S.*)$/u.exec(names);
  return m && m[2].length >= 2 ? [m[1], m[2]] : null;
}
const SECOND_ROLE = /^(本报)?(特约|首席|见习)?(记者|通讯员|实习生)/u;

/** Pad the two-character names of a byline (`记者 王五` → `记者 王 五`). */
function padNames(names: string): string {
  return names
    .split(" ")
    .map((t) => (/^\p{Script=Han}{2}$/u.test(t) && !ROLE.test(t) && t !== "摄影" ? padName(t) : t))
    .join(" ");
}

/** A headline part as printed lines: wrapped where wider than the headline column. */
function headlineLines(text: string, style: Style, rnd: Rnd): string[] {
  const hw = style.column ? Math.max(style.column, 2 * between(7, 12, rnd)) + between(0, 12, rnd) : 0;
  if (hw && units(text) > hw) {
    const sp = text.indexOf(" ");
    if (sp > 0) return [text.slice(0, sp), text.slice(sp + 1)];
    const n = Math.ceil(units(text) / hw);
    return n === 2 ? breakTitle(text, rnd) : wrap(text, Math.ceil(units(text) / n) + 2, 0, rnd);
  }
  return [text];
}

type Head = Pick<ArticleText, "kicker" | "title" | "subtitle">;

/**
 * Print the headline; a title with a space may be set on two lines at the space,
 * which a reader takes as two parts (title and subtitle, or kicker and title).
 */
function printHeadline(sheet: Sheet, a: Head, style: Style, rnd: Rnd): Head {
  const h: Head = { kicker: a.kicker, title: a.title, subtitle: a.subtitle };
  const sp = h.title.indexOf(" ");
  // Typesetters break a spaced title at its space, where it has to break at all.
  const mustBreak = style.column > 0 && units(h.title) > Math.max(style.column, 24);
  if (sp > 0 && (!h.kicker || !h.subtitle) && (mustBreak || chance(0.3, rnd))) {
    const [x, y] = [h.title.slice(0, sp), h.title.slice(sp + 1)];
    if (!h.subtitle) [h.title, h.subtitle] = [x, y];
    else [h.kicker, h.title] = [x, y];
  }
  const parts: [string, string][] = [];
  if (h.kicker) parts.push([h.kicker, "kicker"]);
  parts.push([h.title, "title"]);
  if (h.subtitle) parts.push([h.subtitle, "subtitle"]);
  parts.forEach(([text, label], k) => {
    if (k > 0 && style.headGap) sheet.gap();
    headlineLines(text, style, rnd).forEach((l, i) => sheet.line(l, i === 0 ? label : "head+"));
  });
  return h;
}

function indentOf(style: Style, rnd: Rnd): { prefix: string; offset: number } {
  switch (style.indent) {
    case "kept":
      return { prefix: "\u3000\u3000", offset: 4 };
    case "spaces": {
      const n = pick([2, 4], rnd);
      return { prefix: " ".repeat(n), offset: n };
    }
    case "lost":
      return { prefix: "", offset: style.column ? 4 : 0 };
    default:
      return { prefix: "", offset: 0 };
  }
}

/** A paragraph's lines with their labels; `tail` (an end credit) is set after the last line if it fits. */
function paragraphLines(p: string, style: Style, rnd: Rnd): { lines: string[]; breakAt: number } {
  const { prefix, offset } = indentOf(style, rnd);
  let lines: string[];
  let breakAt = -1;
  if (style.column) {
    lines = wrap(p, style.column, offset, rnd);
    if (lines.length > 2 && chance(style.breaks, rnd)) breakAt = between(1, lines.length - 1, rnd);
  } else {
    const b = chance(style.breaks, rnd) ? breakInside(p, rnd) : null;
    lines = b ? [b[0], b[1]] : [p];
    if (b) breakAt = 1;
  }
  lines[0] = prefix + lines[0];
  return { lines, breakAt };
}

interface Credit {
  where: "head" | "end" | "end-inline" | "none";
  lines: string[];
  sep: string;
  byline: string | null;
  tag: string;
}

function chooseCredit(a: ArticleText, style: Style, rnd: Rnd): Credit {
  if (!a.byline || a.form === "lead-inline" || a.form === "none")
    return { where: "none", lines: [], sep: "", byline: a.byline, tag: a.form };
  let where: Credit["where"] = a.form;
  if (a.headAt === 0 && chance(0.5, rnd)) where = pick(["head", "end", "end-inline"] as const, rnd);
  if (style.order === "body" && where === "head") where = "end";
  if (where === a.form && a.creditRaw && chance(0.5, rnd)) {
    const lines = a.creditRaw.split("\n");
    return { where, lines, sep: where === "end-inline" ? pick(["", " ", "    "], rnd) : "", byline: a.byline, tag: `${where}-as-printed` };
  }
  const byline = chance(0.2, rnd) ? padNames(a.byline) : a.byline;
  let lines = [byline];
  const split = chance(0.2, rnd) ? twoLines(byline) : null;
  if (split && where !== "end-inline") lines = split;
  if (where === "head") {
    const mark = pick(MARKS, rnd);
    lines = lines.map((l, i) => (i === 0 || chance(0.5, rnd) ? mark + l : l));
  } else {
    const bracket = pick(["（）", "()", "", "（）"], rnd);
    if (bracket && lines.length === 1) lines = [bracket[0] + lines[0] + bracket[1]];
  }
  return {
    where,
    lines,
    sep: where === "end-inline" ? pick([" ", "", " ", "  "], rnd) : "",
    byline,
    tag: `${where}${lines.length > 1 ? "-2lines" : ""}`,
  };
}

export function printArticle(sheet: Sheet, a: ArticleText, style: Style, rnd: Rnd): PrintedArticle {
  const first = sheet.size;
  const credit = chooseCredit(a, style, rnd);
  const headCredit = () => {
    credit.lines.forEach((l, i) => sheet.line(l, i === 0 ? "byline" : "byline+"));
    sheet.gap();
  };
  let head: Head = a;
  if (style.order === "head") {
    head = printHeadline(sheet, a, style, rnd);
    sheet.gap(between(1, 2, rnd));
  }
  let lastLine = -1;
  a.paragraphs.forEach((p, k) => {
    if (k === a.headAt && credit.where === "head") headCredit();
    const { lines, breakAt } = paragraphLines(p, style, rnd);
    lines.forEach((l, i) => {
      if (i === breakAt) sheet.brk();
      lastLine = sheet.line(l, i === 0 ? "pstart" : "pcont");
    });
    if (k < a.paragraphs.length - 1) sheet.gap();
    // Now and then a page mark, jump line or footer between two paragraphs (the article runs on).
    if (k < a.paragraphs.length - 1 && style.interrupt && chance(style.interrupt, rnd)) {
      sheet.line(style.interruption(rnd), "noise");
      sheet.gap();
    }
  });
  if (credit.where === "end-inline") {
    const item = sheet.items[lastLine] as { text: string; label: string };
    const glued = item.text + credit.sep + credit.lines[0];
    if (!style.column || units(glued) <= style.column + 6) {
      item.text = glued;
      item.label += "|credit";
    } else sheet.line(credit.lines[0], "credit");
  } else if (credit.where === "end") {
    if (chance(0.5, rnd)) sheet.gap();
    credit.lines.forEach((l, i) => sheet.line(l, i === 0 ? "credit" : "credit+"));
  }
  if (style.order === "body") {
    sheet.gap();
    head = printHeadline(sheet, a, style, rnd);
  }
  return {
    ...head,
    byline: credit.byline,
    paragraphs: a.paragraphs,
    credit: credit.tag,
    first,
    last: sheet.size - 1,
  };
}

/**
 * The features of a line: yes/no facts about its text, its width against the
 * column, the blank lines around it and its neighbours. The weights table says
 * how much each fact speaks for each role.
 */
import type { Issue, ModelLine } from "./model-lines";
import * as S from "./shapes";

export const FEATURES = [
  "bias",
  ...["len:1-3", "len:4-8", "len:9-16", "len:17-26", "len:27-40", "len:41-80", "len:81+"],
  ...["end:stop", "end:excl", "end:comma", "end:colon", "end:close", "end:open", "end:other"],
  ...["inner:stop", "inner:comma", "inner:space", "has:digit", "has:latin"],
  ...["start:dateline", "start:leadcredit", "start:enum", "start:mark", "start:quote", "start:dash", "start:tag", "start:label"],
  ...["start:caption", "start:subject", "start:paren", "start:verb", "end:openverb", "prev:openverb", "prev:space"],
  ...["start:actor", "prev:excl", "prev:label"],
  ...["by:role", "by:camera", "by:bracketed", "by:shape", "by:names", "by:org", "by:shape&role", "by:shape&camera"],
  ...["by:shape&names", "by:bracketed&shape", "by:bracketed&names", "by:marked", "by:short&names"],
  ...["no:page", "no:date", "no:weekday", "no:masthead", "no:contact", "no:promo", "no:url", "no:jump", "no:editor"],
  ...["no:section", "no:latin", "no:paper", "no:weather", "no:any&short"],
  ...["ti:column", "ti:like", "ti:like&gap", "ti:like&after", "ti:like&next", "ti:like&prev:stop", "ti:like&prev:body"],
  ...["u:ti:like", "u:ti:like&next", "w:ti:like&short", "ti:excl", "ti:lone", "ti:like&credit-ahead", "credit-ahead"],
  ...["gap:0", "gap:1", "gap:2+", "after:0", "after:1", "after:2+", "first", "last"],
  ...["indent", "indents&indent", "indents&noindent", "indent&prev:stop", "indents&noindent&prev:mid"],
  ...["virtual", "virtual&prev:stop"],
  ...["wrapped", "w:full", "w:near", "w:short", "w:vshort", "unwrapped"],
  ...["di:on", "di:full&prev:full&stop", "di:near&prev:full&stop", "di:near&prev:mid", "di:full&gap1&prev:stop", "di:near&gap1"],
  ...["prev:stop", "prev:comma", "prev:mid", "prev:titlelike", "prev:byline", "prev:noise", "prev:virtual", "prev:none"],
  ...["w:prev:full", "w:prev:near", "w:prev:short"],
  ...["w:prev:full&mid", "w:prev:short&stop", "w:prev:full&stop", "w:prev:full&stop&near", "w:prev:full&stop&full"],
  ...["w:prev:near&stop", "w:prev:short&mid", "gap:1&prev:mid", "gap:1&prev:stop", "gap:0&prev:stop", "gap:0&prev:mid"],
  ...["u:gap0&prev:stop", "u:gap0&prev:mid", "u:gap1&prev:stop", "u:gap1&prev:mid", "w:gap1&prev:mid&full", "w:gap1&prev:stop&full"],
  ...["next:gap0", "next:indent", "next:byline", "next:titlelike", "next:dateline", "next:noise", "next:none", "next:stop"],
  ...["w:next:full", "w:next:near", "w:next:short"],
  ...["rel:shorter-next", "rel:longer-next", "rel:balanced-prev", "rel:shorter-prev", "rel:longer-prev"],
] as const;
export type Feature = (typeof FEATURES)[number];
const ID_OF = new Map<Feature, number>(FEATURES.map((f, i) => [f, i]));
const id = (f: Feature) => ID_OF.get(f)!;

/** Facts about one line's own text, shared by the line and its neighbours' features. */
interface Shape {
  len: number;
  stop: boolean;
  comma: boolean;
  mid: boolean;
  titleLike: boolean;
  space: boolean;
  openEnd: boolean;
  byline: boolean;
  noise: boolean;
  dateline: boolean;
  excl: boolean;
  label: boolean;
  /** Against the column, in wrapped text: 0 full, 1 a dropped indent short, 2 short, 3 very short. */
  fill: number;
  /** Features of the text alone (ids). */
  own: number[];
}

const STOP = /[。！？!?…；;][”’」』）)》"'】]*$/u;
const FULL_STOP = /[。…；;][”’」』）)》"'】]*$/u;
const EXCL = /[！？!?][”’」』）)》"']*$/u;
const COMMA = /[，,、]$/u;
const COLON = /[：:]$/u;
const CLOSE = /[”’」』）)》"'】]$/u;
const OPEN = /[“‘《（(【「『—-]$/u;
const LABEL = /^[^，。：:]{2,8}[：:|｜]/u;
/** Longer lines are body text: the byline, headline and furniture shapes are not tried on them. */
const SHAPED_MAX = 70;

const LEN: [number, Feature][] = [
  [3, "len:1-3"],
  [8, "len:4-8"],
  [16, "len:9-16"],
  [26, "len:17-26"],
  [40, "len:27-40"],
  [80, "len:41-80"],
  [Infinity, "len:81+"],
];

const FURNITURE: [RegExp, Feature][] = [
  [S.PAGE_HEADER, "no:page"],
  [S.DATE_LINE, "no:date"],
  [S.WEEKDAY, "no:weekday"],
  [S.MASTHEAD, "no:masthead"],
  [S.CONTACT, "no:contact"],
  [S.PROMO, "no:promo"],
  [S.URL, "no:url"],
  [S.JUMP, "no:jump"],
  [S.EDITOR, "no:editor"],
  [S.SECTION, "no:section"],
  [S.LATIN_ONLY, "no:latin"],
  [S.PAPER_NAME, "no:paper"],
];

/** One pass over a line's characters: its length and what kinds of characters it has. */
function scan(t: string): { len: number; digit: boolean; latin: boolean; space: boolean; innerStop: boolean; innerComma: boolean } {
  let len = 0;
  let digit = false;
  let latin = false;
  let space = false;
  let innerStop = false;
  let innerComma = false;
  let prevLatin = false;
  const last = t.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    len++;
    if (c >= 48 && c <= 57) digit = true;
    const isLatin = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (isLatin && prevLatin) latin = true;
    prevLatin = isLatin;
    if (i === last) break;
    if (c === 32 && i > 0 && t.charCodeAt(i - 1) > 127 && t.charCodeAt(i + 1) > 127) space = true;
    else if (c === 0xff0c || c === 44) innerComma = true;
    else if (c === 0x3002) innerStop = true;
  }
  return { len, digit, latin, space, innerStop, innerComma };
}

/** Any of the furniture patterns: one scan of the line before trying each. */
const FURNITURE_ANY = new RegExp(
  FURNITURE.filter(([re]) => re !== S.PAGE_HEADER)
    .map(([re]) => `(?:${re.source})`)
    .join("|"),
  "iu",
);
/** Every page header has 版 in it or opens with a page number like A1 (a cheap test before the pattern). */
const mayBePage = (t: string) => t.includes("版") || /^[A-Za-z]\d/u.test(t);

// Zero-width characters (web extractions scatter them) say nothing about a line: features read the line
// without them, so `□记者\u200b王明` is still a byline; the text itself keeps them.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/u;
const ZERO_WIDTH_G = /[\u200b-\u200d\u2060\ufeff]/gu;

function shapeOf(l: ModelLine): Shape {
  const t = ZERO_WIDTH.test(l.text) ? l.text.replace(ZERO_WIDTH_G, "") : l.text;
  const sc = scan(t);
  const len = sc.len;
  const own: number[] = [id("bias"), id(LEN.find(([max]) => len <= max)![1])];
  const add = (f: Feature) => own.push(id(f));
  // End-anchored patterns are tried on the line's tail only (a regex with $ scans the whole line).
  const tail = t.length > 12 ? t.slice(-12) : t;
  const stop = STOP.test(tail);
  const excl = EXCL.test(tail);
  const comma = COMMA.test(tail) || COLON.test(tail);
  const long = len > SHAPED_MAX;
  const innerStop = !long && /[。；;！？!?](?=[^”’」』）)》"'】！？!?])/u.test(t.slice(0, -1));
  const innerComma = sc.innerComma;
  if (excl) add("end:excl");
  else if (stop) add("end:stop");
  else if (COMMA.test(tail)) add("end:comma");
  else if (COLON.test(tail)) add("end:colon");
  else if (CLOSE.test(tail)) add("end:close");
  else if (OPEN.test(tail)) add("end:open");
  else add("end:other");
  if (long ? sc.innerStop : /[。；;！？!?](?=.)/u.test(t.replace(STOP, ""))) add("inner:stop");
  if (innerComma) add("inner:comma");
  const space = sc.space;
  if (space) add("inner:space");
  if (sc.digit) add("has:digit");
  if (sc.latin) add("has:latin");
  const dateline = S.DATELINE.test(t);
  if (dateline) add("start:dateline");
  if (dateline && /^[○●◎■□]?\s*\S{0,20}?(讯|消息)\s*[（(【]?\s*\S{0,8}?(记者|通讯员)/u.test(t)) add("start:leadcredit");
  if (S.ENUMERATION.test(t)) add("start:enum");
  const mark = S.MARK.test(t);
  if (mark) add("start:mark");
  if (/^[“"「『]/u.test(t)) add("start:quote");
  if (/^(图为|图片|▲|◀|►)/u.test(t)) add("start:caption");
  if (/^[（(]/u.test(t)) add("start:paren");
  const label = !long && LABEL.test(t);
  const shape: Shape = {
    len,
    stop,
    comma,
    mid: !stop,
    titleLike: false,
    space,
    openEnd: false,
    byline: false,
    noise: false,
    dateline,
    excl,
    label,
    fill: 0,
    own,
  };
  const short = l.column - l.width;
  shape.fill = short <= 3 ? 0 : short <= 7 ? 1 : l.width >= 0.6 * l.column ? 2 : 3;
  if (long) return shape;
  // Headline cues.
  if (/^[—–-]{1,2}/u.test(t)) add("start:dash");
  if (/^[【[][^】\]]{1,12}[】\]]./u.test(t)) add("start:tag");
  if (label) add("start:label");
  if (S.SUBJECT.test(t)) add("start:subject");
  if (S.VERB_START.test(t)) add("start:verb");
  if (S.ACTOR_START.test(t)) add("start:actor");
  shape.titleLike = len >= 2 && len <= 40 && !innerStop && !innerComma && !FULL_STOP.test(tail) && !comma;
  shape.openEnd = S.OPEN_END.test(tail);
  if (shape.openEnd) add("end:openverb");
  // Bylines and credits.
  const role = S.ROLE.test(t);
  const camera = S.CAMERA.test(tail);
  const by = len <= 46 && S.bylineShape(t);
  const names = by && S.namesOnly(t);
  const br = S.bracketed(t);
  shape.byline = by && (role || camera || (br && names));
  if (role) add("by:role");
  if (camera) add("by:camera");
  if (br) add("by:bracketed");
  if (by) add("by:shape");
  if (names) add("by:names");
  if (by && S.orgCredit(t)) add("by:org");
  if (by && role) add("by:shape&role");
  if (by && camera) add("by:shape&camera");
  if (by && names) add("by:shape&names");
  if (br && by) add("by:bracketed&shape");
  if (br && names) add("by:bracketed&names");
  if (mark && by) add("by:marked");
  if (names && len <= 8) add("by:short&names");
  // Furniture.

  const hit = new Set<Feature>();
  if (mayBePage(t) && S.PAGE_HEADER.test(t)) hit.add("no:page");
  if (FURNITURE_ANY.test(t)) for (const [re, f] of FURNITURE) if (re !== S.PAGE_HEADER && re.test(t)) hit.add(f);
  for (const f of hit) add(f);
  if (S.WEATHER.test(t) && len <= 30) add("no:weather");
  shape.noise =
    hit.has("no:page") ||
    (hit.has("no:date") && len <= 40) ||
    hit.has("no:masthead") ||
    (hit.has("no:promo") && len <= 24) ||
    (hit.has("no:jump") && len <= 16) ||
    (hit.has("no:editor") && len <= 40) ||
    hit.has("no:section") ||
    hit.has("no:latin");
  if (shape.noise && len <= 30) add("no:any&short");
  if (S.COLUMN_TITLE.test(t)) add("ti:column");
  if (shape.titleLike) add("ti:like");
  if (shape.titleLike && excl) add("ti:excl");
  return shape;
}

const FILL: Feature[] = ["w:full", "w:near", "w:short", "w:vshort"];
const PREV_FILL: Feature[] = ["w:prev:full", "w:prev:near", "w:prev:short", "w:prev:short"];
const NEXT_FILL: Feature[] = ["w:next:full", "w:next:near", "w:next:short", "w:next:short"];

function push(out: number[], x: Feature): void {
  out.push(id(x));
}

/** The features of every line of an issue, as indices into FEATURES. */
export function featuresOf(issue: Issue): number[][] {
  const { lines, wrapped, indents } = issue;
  const shapes = lines.map(shapeOf);
  // A credit line coming up before the next headline-like line: the text between is a story closed by it
  // (the lines of the headline block right below do not count as the next headline).
  const creditAhead = lines.map((_, i) => {
    let j = i + 1;
    while (j < lines.length && j <= i + 3 && shapes[j].titleLike && !shapes[j].byline) j++;
    for (; j < lines.length && j <= i + 10; j++) {
      if (shapes[j].byline && !lines[j].virtual) return true;
      if (shapes[j].titleLike) return false;
    }
    return false;
  });
  return lines.map((l, i) => {
    const s = shapes[i];
    const out = s.own.slice();
    const f = push.bind(null, out);
    const p = i > 0 ? shapes[i - 1] : null;
    const n = i + 1 < lines.length ? shapes[i + 1] : null;
    const nl = lines[i + 1];
    if (p?.openEnd) f("prev:openverb");
    if (p?.space) f("prev:space");
    if (p?.excl) f("prev:excl");
    if (p?.label) f("prev:label");
    if (s.titleLike) {
      if (l.gap > 0) f("ti:like&gap");
      if (!nl || nl.gap > 0) f("ti:like&after");
      if (n?.titleLike) f("ti:like&next");
      if (p?.stop) f("ti:like&prev:stop");
      if (p && p.len > 40) f("ti:like&prev:body");
      if (!wrapped) f("u:ti:like");
      if (!wrapped && n?.titleLike) f("u:ti:like&next");
      if (wrapped && s.fill >= 2) f("w:ti:like&short");
      // A headline-like line between two lines much longer than it.
      if (p && n && p.len > 2 * s.len && n.len > 2 * s.len) f("ti:lone");
    }
    if (creditAhead[i]) f(s.titleLike ? "ti:like&credit-ahead" : "credit-ahead");
    // Spacing and position.
    f(l.gap === 0 ? "gap:0" : l.gap === 1 ? "gap:1" : "gap:2+");
    if (nl) f(nl.gap === 0 ? "after:0" : nl.gap === 1 ? "after:1" : "after:2+");
    if (i === 0) f("first");
    if (!nl) f("last");
    if (l.indent) f("indent");
    if (indents) f(l.indent ? "indents&indent" : "indents&noindent");
    if (l.indent && p?.stop) f("indent&prev:stop");
    if (indents && !l.indent && p?.mid) f("indents&noindent&prev:mid");
    if (l.virtual) f("virtual");
    if (l.virtual && p?.stop) f("virtual&prev:stop");
    // Width against the column.
    if (wrapped) {
      f("wrapped");
      f(FILL[s.fill]);
      if (p) f(PREV_FILL[p.fill]);
      if (n) f(NEXT_FILL[n.fill]);
    } else f("unwrapped");
    // Where first lines run short by the dropped indent.
    if (issue.dropsIndent && p) {
      f("di:on");
      if (p.fill === 0 && p.stop && s.fill <= 1) f(s.fill === 0 ? "di:full&prev:full&stop" : "di:near&prev:full&stop");
      if (s.fill === 1 && p.mid) f("di:near&prev:mid");
      if (l.gap === 1 && s.fill === 0 && p.stop) f("di:full&gap1&prev:stop");
      if (l.gap === 1 && s.fill === 1) f("di:near&gap1");
    }
    // The line above.
    if (!p) f("prev:none");
    else {
      f(p.stop ? "prev:stop" : p.comma ? "prev:comma" : "prev:mid");
      if (p.titleLike) f("prev:titlelike");
      if (p.byline) f("prev:byline");
      if (p.noise) f("prev:noise");
      if (lines[i - 1].virtual) f("prev:virtual");
      if (wrapped) {
        if (p.fill === 0) f(p.stop ? "w:prev:full&stop" : "w:prev:full&mid");
        if (p.fill === 0 && p.stop && s.fill <= 1) f(s.fill === 1 ? "w:prev:full&stop&near" : "w:prev:full&stop&full");
        if (p.fill === 1 && p.stop) f("w:prev:near&stop");
        if (p.fill >= 2) f(p.stop ? "w:prev:short&stop" : "w:prev:short&mid");
        if (l.gap === 1 && s.fill === 0) f(p.stop ? "w:gap1&prev:stop&full" : "w:gap1&prev:mid&full");
      } else if (l.gap === 0) f(p.stop ? "u:gap0&prev:stop" : "u:gap0&prev:mid");
      else if (l.gap === 1) f(p.stop ? "u:gap1&prev:stop" : "u:gap1&prev:mid");
      if (l.gap === 1) f(p.stop ? "gap:1&prev:stop" : "gap:1&prev:mid");
      if (l.gap === 0) f(p.stop ? "gap:0&prev:stop" : "gap:0&prev:mid");
      if (s.len < 0.75 * p.len) f("rel:shorter-prev");
      else if (s.len > 1.33 * p.len) f("rel:longer-prev");
      else if (p.titleLike && Math.abs(s.len - p.len) <= 3) f("rel:balanced-prev");
    }
    // The line below.
    if (!n) f("next:none");
    else {
      if (nl.gap === 0) f("next:gap0");
      if (nl.indent) f("next:indent");
      if (n.byline) f("next:byline");
      if (n.titleLike) f("next:titlelike");
      if (n.dateline) f("next:dateline");
      if (n.noise) f("next:noise");
      if (n.stop) f("next:stop");
      if (s.len < 0.75 * n.len) f("rel:shorter-next");
      else if (s.len > 1.33 * n.len) f("rel:longer-next");
    }
    return out;
  });
}

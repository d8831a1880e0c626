/**
 * The features of a line: yes/no facts about its text, its width against the
 * column, the blank lines around it and its neighbours. The weights table says
 * how much each fact speaks for each role.
 */
import type { Issue, ModelLine } from "./model-lines";
import * as S from "./shapes";
import { ending, opening, scan, sentenceInside, stopInside } from "./line-scan";
import { displayWidth } from "../text";

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
  ...["hd:shape", "hd:prev:end", "hd:prev:end&next:body", "hd:w:short&prev:end", "hd:w:full", "hd:u&prev:end", "hd:gap"],
  ...["prev:virtual&stop", "prev:semicolon", "end:credit", "page:number"],
  ...["start:when", "hd:next:when", "hd:prev:end&next:when", "by:person", "by:person&prev:stop"],
  ...["virtual&next:body", "virtual&next:head"],
  ...["hd:prev:end&lead", "hd:prev:end&credit-above", "in:label"],
] as const;
export type Feature = (typeof FEATURES)[number];
/** Each feature's index: F["gap:0"] (a plain object, so a constant key is a cheap lookup). */
const F = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<Feature, number>;

/** Facts about one line's own text, shared by the line and its neighbours' features. */
interface Shape {
  len: number;
  stop: boolean;
  comma: boolean;
  mid: boolean;
  titleLike: boolean;
  /** Headline-like and nothing else: not a credit, names, or furniture. */
  head: boolean;
  space: boolean;
  openEnd: boolean;
  byline: boolean;
  noise: boolean;
  dateline: boolean;
  /** Opens with a time (3月26日，近日，): as leads do. */
  when: boolean;
  /** A dateline with the story's credit in it (本报讯（记者 X）): the story needs no credit at its end. */
  lead: boolean;
  excl: boolean;
  label: boolean;
  /** Against the column, in wrapped text: 0 full, 1 a dropped indent short, 2 short, 3 very short. */
  fill: number;
  /** Features of the text alone (ids). */
  own: number[];
}

/** A caption's or brief's own credit closing the line (`…成熟。 朱云平 摄`, `者 董存春 摄`): the text ends there. */
const CREDIT_END = /(?:^|[\s。！？!?”）)])[^\s。！？!?，,]{0,12}\s*(?:摄|摄影报道|文\/图|图\/文)[）)]?$/u;
/** Only a line naming a page (版, or a page number first: `A4:视点`, `1 桂林日报·民生`, `四：视点`) can be a page header. */
const PAGE_NUMBER = /版|^[A-Za-z]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[A-Za-z]?(?:\s|[:：])/u;
const LABEL = /^[^，。：:]{2,8}[：:|｜]/u;
const CAPTION = /^(图为|图片|▲|◀|►)/u;
const TAG = /^[【[][^】\]]{1,12}[】\]]./u;
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

function lenFeature(len: number): Feature {
  let k = 0;
  while (len > LEN[k][0]) k++;
  return LEN[k][1];
}

/** Each furniture feature's bit (PAGE_HEADER, the table's first, is bit 0). */
const FURNITURE_BIT = Object.fromEntries(FURNITURE.map(([, f], k) => [f, 1 << k])) as Record<Feature, number>;
/** Any of the furniture patterns: one scan of the line before trying each. */
const FURNITURE_ANY = new RegExp(
  FURNITURE.filter(([re]) => re !== S.PAGE_HEADER)
    .map(([re]) => `(?:${re.source})`)
    .join("|"),
  "iu",
);
/** Every page header has 版 in it or opens with a page number like A1 (a cheap test before the pattern). */
const mayBePage = (t: string) => {
  const c = t.charCodeAt(0) | 0x20;
  const d = t.charCodeAt(1);
  return t.includes("版") || (c >= 97 && c <= 122 && d >= 48 && d <= 57);
};

// Zero-width characters (web extractions scatter them) say nothing about a line: features read the line
// without them, so `□记者\u200b王明` is still a byline; the text itself keeps them.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/u;
const ZERO_WIDTH_G = /[\u200b-\u200d\u2060\ufeff]/gu;

function shapeOf(l: ModelLine): Shape {
  const t = ZERO_WIDTH.test(l.text) ? l.text.replace(ZERO_WIDTH_G, "") : l.text;
  const sc = scan(t);
  const len = sc.len;
  const own: number[] = [F.bias, F[lenFeature(len)]];
  // End-anchored patterns are tried on the line's tail only (a regex with $ scans the whole line).
  const tail = t.length > 12 ? t.slice(-12) : t;
  const end = ending(t);
  const start = opening(t);
  const stop = end.stop;
  const excl = end.excl;
  const comma = end.comma || end.colon;
  const long = len > SHAPED_MAX;
  const innerStop = !long && sentenceInside(t);
  const innerComma = sc.innerComma;
  if (excl) own.push(F["end:excl"]);
  else if (stop) own.push(F["end:stop"]);
  else if (end.comma) own.push(F["end:comma"]);
  else if (end.colon) own.push(F["end:colon"]);
  else if (end.close) own.push(F["end:close"]);
  else if (end.open) own.push(F["end:open"]);
  else own.push(F["end:other"]);
  if (long ? sc.innerStop : stopInside(t)) own.push(F["inner:stop"]);
  if (innerComma) own.push(F["inner:comma"]);
  const space = sc.space;
  if (space) own.push(F["inner:space"]);
  if (sc.digit) own.push(F["has:digit"]);
  if (sc.latin) own.push(F["has:latin"]);
  // A dateline has 讯 or 消息 (a cheap test before the pattern).
  const dateline = (t.includes("讯") || t.includes("消息")) && S.DATELINE.test(t);
  if (dateline) own.push(F["start:dateline"]);
  const lead = dateline && /^[○●◎■□]?\s*\S{0,20}?(讯|消息)\s*[（(【]?\s*\S{0,8}?(记者|通讯员)/u.test(t);
  if (lead) own.push(F["start:leadcredit"]);
  if (start.enumeration && S.ENUMERATION.test(t)) own.push(F["start:enum"]);
  const mark = start.mark && S.MARK.test(t);
  if (mark) own.push(F["start:mark"]);
  if (start.quote) own.push(F["start:quote"]);
  if (CAPTION.test(t)) own.push(F["start:caption"]);
  if (start.paren) own.push(F["start:paren"]);
  const label = !long && sc.colon && LABEL.test(t);
  // A credit at the end closes the text as a sentence end would (for the lines around it).
  const creditEnd = !stop && S.CAMERA.test(tail) && CREDIT_END.test(tail);
  if (creditEnd) own.push(F["end:credit"]);
  if (!long && PAGE_NUMBER.test(t)) own.push(F["page:number"]);
  const when = S.WHEN.test(t);
  if (when) own.push(F["start:when"]);
  const shape: Shape = {
    len,
    stop: stop || creditEnd,
    comma,
    mid: !stop && !creditEnd,
    titleLike: false,
    head: false,
    space,
    openEnd: false,
    byline: false,
    noise: false,
    dateline,
    when,
    lead,
    excl,
    label,
    fill: 0,
    own,
  };
  const short = l.column - l.width;
  shape.fill = short <= 3 ? 0 : short <= 7 ? 1 : l.width >= 0.6 * l.column ? 2 : 3;
  if (long) return shape;
  // Headline cues.
  if (start.dash) own.push(F["start:dash"]);
  if (start.tag && TAG.test(t)) own.push(F["start:tag"]);
  if (label) own.push(F["start:label"]);
  if (S.SUBJECT.test(t)) own.push(F["start:subject"]);
  if (S.VERB_START.test(t)) own.push(F["start:verb"]);
  if (S.ACTOR_START.test(t)) own.push(F["start:actor"]);
  const storyLabel = len <= 8 && S.STORY_LABEL.test(t);
  if (storyLabel) own.push(F["in:label"]);
  shape.titleLike = len >= 2 && len <= 40 && !innerStop && !innerComma && !end.fullStop && !comma && !storyLabel;
  // For the lines around it, the label closes a unit as a sentence's end does: its box's text opens under it.
  if (storyLabel) {
    shape.stop = true;
    shape.mid = false;
  }
  shape.openEnd = S.OPEN_END.test(tail);
  if (shape.openEnd) own.push(F["end:openverb"]);
  // Bylines and credits, read without a tip-off's credit after them.
  const tipAt = S.tipOffAt(t);
  const bt = tipAt > 0 ? t.slice(0, tipAt) : t;
  const bsc = bt === t ? sc : scan(bt);
  const btail = bt === t ? tail : bt.slice(-12);
  const role = S.ROLE.test(bt);
  // A credit in brackets ends with its bracket: `(李 源 摄)` is a camera credit too.
  const camera = S.CAMERA.test(start.bracket ? btail.replace(/[）)]$/u, "") : btail);
  const by = len <= 46 && !bsc.punct && !bsc.digit && S.bylineShape(bt);
  const names = by && S.namesOnly(bt);
  const br = start.bracket && S.bracketed(bt);
  shape.byline = by && (role || camera || (br && names));
  if (role) own.push(F["by:role"]);
  if (camera) own.push(F["by:camera"]);
  if (br) own.push(F["by:bracketed"]);
  if (by) own.push(F["by:shape"]);
  if (names) own.push(F["by:names"]);
  if (by && S.orgCredit(bt)) own.push(F["by:org"]);
  if (by && role) own.push(F["by:shape&role"]);
  if (by && camera) own.push(F["by:shape&camera"]);
  if (by && names) own.push(F["by:shape&names"]);
  if (br && by) own.push(F["by:bracketed&shape"]);
  if (br && names) own.push(F["by:bracketed&names"]);
  if (mark && by) own.push(F["by:marked"]);
  if (names && len <= 8) own.push(F["by:short&names"]);
  if (names && S.personNames(bt)) own.push(F["by:person"]);
  // Furniture: the patterns that match, in the table's order.
  const page = mayBePage(t) && S.PAGE_HEADER.test(t);
  let hit = 0;
  if (page) {
    hit |= 1;
    own.push(F["no:page"]);
  }
  if (FURNITURE_ANY.test(t))
    for (let k = 1; k < FURNITURE.length; k++)
      if (FURNITURE[k][0].test(t)) {
        hit |= 1 << k;
        own.push(F[FURNITURE[k][1]]);
      }
  if (len <= 30 && S.WEATHER.test(t)) own.push(F["no:weather"]);
  const B = FURNITURE_BIT;
  shape.noise =
    page ||
    ((hit & B["no:date"]) !== 0 && len <= 40) ||
    (hit & B["no:masthead"]) !== 0 ||
    ((hit & B["no:promo"]) !== 0 && len <= 24) ||
    ((hit & B["no:jump"]) !== 0 && len <= 16) ||
    ((hit & B["no:editor"]) !== 0 && len <= 40) ||
    (hit & B["no:section"]) !== 0 ||
    (hit & B["no:latin"]) !== 0;
  if (shape.noise && len <= 30) own.push(F["no:any&short"]);
  if (len <= 7 && S.COLUMN_TITLE.test(t)) own.push(F["ti:column"]);
  if (shape.titleLike) own.push(F["ti:like"]);
  shape.head = shape.titleLike && !shape.byline && !shape.noise && !names && !role && !camera;
  if (shape.head) own.push(F["hd:shape"]);
  if (shape.titleLike && excl) own.push(F["ti:excl"]);
  return shape;
}

/** A run of Latin letters or digits at a line's start: typesetting never splits one at a line end. */
const LEADING_RUN = /^[A-Za-z0-9.%:/-]+/u;

const FILL: Feature[] = ["w:full", "w:near", "w:short", "w:vshort"];
const PREV_FILL: Feature[] = ["w:prev:full", "w:prev:near", "w:prev:short", "w:prev:short"];
const NEXT_FILL: Feature[] = ["w:next:full", "w:next:near", "w:next:short", "w:next:short"];

/** The features of every line of an issue, as indices into FEATURES. */
export function featuresOf(issue: Issue): number[][] {
  const { lines, wrapped, indents } = issue;
  const shapes = lines.map(shapeOf);
  // A line short only because the number or word opening the next did not fit on it is full.
  for (let i = 0; i + 1 < lines.length; i++) {
    if (shapes[i].fill === 0 || lines[i + 1].gap > 0 || lines[i + 1].virtual) continue;
    const run = LEADING_RUN.exec(lines[i + 1].text);
    if (run && lines[i].width + displayWidth(run[0]) > lines[i].column) shapes[i].fill = 0;
  }
  // A credit line coming up before the next headline-like line: the text between is a story closed by it
  // (the lines of the headline block right below do not count as the next headline).
  const creditAhead = lines.map((_, i) => {
    let j = i + 1;
    while (j < lines.length && j <= i + 3 && shapes[j].titleLike && !shapes[j].byline) j++;
    for (; j < lines.length && j <= i + 10; j++) {
      // A credit split off a line's end counts where a headline-like line (or the end) follows it, as after a story;
      // one closing a caption inside a photo story does not.
      if (shapes[j].byline && (!lines[j].virtual || j + 1 >= lines.length || shapes[j + 1].titleLike)) return true;
      if (shapes[j].titleLike) return false;
    }
    return false;
  });
  // Which came last above each line, a lead credit (本报讯（记者 X）) or a credit line: a body-first story whose
  // credit was in its lead ends without one, so a headline right after text is its headline; where a credit
  // closed the story above and none has come since, a headline-like line after text is rather a subhead.
  const creditAbove: ("lead" | "credit" | null)[] = [];
  let mark: "lead" | "credit" | null = null;
  shapes.forEach((sh) => {
    creditAbove.push(mark);
    if (sh.lead) mark = "lead";
    else if (sh.byline) mark = "credit";
  });
  return lines.map((l, i) => {
    const s = shapes[i];
    const out = s.own.slice();
    const p = i > 0 ? shapes[i - 1] : null;
    const n = i + 1 < lines.length ? shapes[i + 1] : null;
    const nl = lines[i + 1];
    if (p?.openEnd) out.push(F["prev:openverb"]);
    if (p?.space) out.push(F["prev:space"]);
    if (p?.excl) out.push(F["prev:excl"]);
    if (p?.label) out.push(F["prev:label"]);
    if (p?.stop && s.own.includes(F["by:person"])) out.push(F["by:person&prev:stop"]);
    if (s.titleLike) {
      if (l.gap > 0) out.push(F["ti:like&gap"]);
      if (!nl || nl.gap > 0) out.push(F["ti:like&after"]);
      if (n?.titleLike) out.push(F["ti:like&next"]);
      if (p?.stop) out.push(F["ti:like&prev:stop"]);
      if (p && p.len > 40) out.push(F["ti:like&prev:body"]);
      if (!wrapped) out.push(F["u:ti:like"]);
      if (!wrapped && n?.titleLike) out.push(F["u:ti:like&next"]);
      if (wrapped && s.fill >= 2) out.push(F["w:ti:like&short"]);
      // A headline-like line between two lines much longer than it.
      if (p && n && p.len > 2 * s.len && n.len > 2 * s.len) out.push(F["ti:lone"]);
    }
    if (s.head) {
      // A headline stands after a paragraph's end (or a credit, or furniture) and above body text.
      const end = !p || p.stop || p.byline || p.noise || lines[i - 1].virtual;
      const body = !!n && (n.dateline || (!n.titleLike && !n.byline && !n.noise));
      if (end) out.push(F["hd:prev:end"]);
      if (end && p && !p.byline && creditAbove[i]) out.push(F[creditAbove[i] === "lead" ? "hd:prev:end&lead" : "hd:prev:end&credit-above"]);
      if (end && body) out.push(F["hd:prev:end&next:body"]);
      if (wrapped && s.fill >= 2 && end) out.push(F["hd:w:short&prev:end"]);
      if (wrapped && s.fill === 0) out.push(F["hd:w:full"]);
      if (!wrapped && end) out.push(F["hd:u&prev:end"]);
      if (l.gap > 0 || !nl || nl.gap > 0) out.push(F["hd:gap"]);
      if (n?.when) out.push(F[end ? "hd:prev:end&next:when" : "hd:next:when"]);
    }
    // A semicolon ends a clause, not always a paragraph (a list item, or a column break after it).
    if (p && /[；;]$/u.test(lines[i - 1].text)) out.push(F["prev:semicolon"]);
    // After a credit split off a line whose text ended a sentence: a new paragraph, not the sentence going on.
    if (i >= 2 && lines[i - 1].virtual && shapes[i - 2].stop) out.push(F["prev:virtual&stop"]);
    if (creditAhead[i]) out.push(F[s.titleLike ? "ti:like&credit-ahead" : "credit-ahead"]);
    // Spacing and position.
    out.push(F[l.gap === 0 ? "gap:0" : l.gap === 1 ? "gap:1" : "gap:2+"]);
    if (nl) out.push(F[nl.gap === 0 ? "after:0" : nl.gap === 1 ? "after:1" : "after:2+"]);
    if (i === 0) out.push(F["first"]);
    if (!nl) out.push(F["last"]);
    if (l.indent) out.push(F["indent"]);
    if (indents) out.push(F[l.indent ? "indents&indent" : "indents&noindent"]);
    if (l.indent && p?.stop) out.push(F["indent&prev:stop"]);
    if (indents && !l.indent && p?.mid) out.push(F["indents&noindent&prev:mid"]);
    if (l.virtual) out.push(F["virtual"]);
    if (l.virtual && p?.stop) out.push(F["virtual&prev:stop"]);
    // A credit split off a line with more text under it closes a caption; with a headline or nothing under it, the story.
    if (l.virtual) out.push(F[!n || n.titleLike || n.noise ? "virtual&next:head" : "virtual&next:body"]);
    // Width against the column.
    if (wrapped) {
      out.push(F["wrapped"]);
      out.push(F[FILL[s.fill]]);
      if (p) out.push(F[PREV_FILL[p.fill]]);
      if (n) out.push(F[NEXT_FILL[n.fill]]);
    } else out.push(F["unwrapped"]);
    // Where first lines run short by the dropped indent. A credit split off a line's end has no line
    // break above it: what the line above says about breaks does not apply to it (its own features do).
    if (issue.dropsIndent && p && !l.virtual) {
      out.push(F["di:on"]);
      if (p.fill === 0 && p.stop && s.fill <= 1) out.push(F[s.fill === 0 ? "di:full&prev:full&stop" : "di:near&prev:full&stop"]);
      if (s.fill === 1 && p.mid) out.push(F["di:near&prev:mid"]);
      if (l.gap === 1 && s.fill === 0 && p.stop) out.push(F["di:full&gap1&prev:stop"]);
      if (l.gap === 1 && s.fill === 1) out.push(F["di:near&gap1"]);
    }
    // The line above.
    if (!p) out.push(F["prev:none"]);
    else if (!l.virtual) {
      out.push(F[p.stop ? "prev:stop" : p.comma ? "prev:comma" : "prev:mid"]);
      if (p.titleLike) out.push(F["prev:titlelike"]);
      if (p.byline) out.push(F["prev:byline"]);
      if (p.noise) out.push(F["prev:noise"]);
      if (lines[i - 1].virtual) out.push(F["prev:virtual"]);
      if (wrapped) {
        if (p.fill === 0) out.push(F[p.stop ? "w:prev:full&stop" : "w:prev:full&mid"]);
        if (p.fill === 0 && p.stop && s.fill <= 1) out.push(F[s.fill === 1 ? "w:prev:full&stop&near" : "w:prev:full&stop&full"]);
        if (p.fill === 1 && p.stop) out.push(F["w:prev:near&stop"]);
        if (p.fill >= 2) out.push(F[p.stop ? "w:prev:short&stop" : "w:prev:short&mid"]);
        if (l.gap === 1 && s.fill === 0) out.push(F[p.stop ? "w:gap1&prev:stop&full" : "w:gap1&prev:mid&full"]);
      } else if (l.gap === 0) out.push(F[p.stop ? "u:gap0&prev:stop" : "u:gap0&prev:mid"]);
      else if (l.gap === 1) out.push(F[p.stop ? "u:gap1&prev:stop" : "u:gap1&prev:mid"]);
      if (l.gap === 1) out.push(F[p.stop ? "gap:1&prev:stop" : "gap:1&prev:mid"]);
      if (l.gap === 0) out.push(F[p.stop ? "gap:0&prev:stop" : "gap:0&prev:mid"]);
      if (s.len < 0.75 * p.len) out.push(F["rel:shorter-prev"]);
      else if (s.len > 1.33 * p.len) out.push(F["rel:longer-prev"]);
      else if (p.titleLike && Math.abs(s.len - p.len) <= 3) out.push(F["rel:balanced-prev"]);
    }
    // The line below.
    if (!n) out.push(F["next:none"]);
    else {
      if (nl.gap === 0) out.push(F["next:gap0"]);
      if (nl.indent) out.push(F["next:indent"]);
      if (n.byline) out.push(F["next:byline"]);
      if (n.titleLike) out.push(F["next:titlelike"]);
      if (n.dateline) out.push(F["next:dateline"]);
      if (n.noise) out.push(F["next:noise"]);
      if (n.stop) out.push(F["next:stop"]);
      if (s.len < 0.75 * n.len) out.push(F["rel:shorter-next"]);
      else if (s.len > 1.33 * n.len) out.push(F["rel:longer-next"]);
    }
    return out;
  });
}

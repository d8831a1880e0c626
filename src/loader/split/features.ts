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
const ID = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<Feature, number>;

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
  /** Against the column, in wrapped text: 0 full, 1 a dropped indent short, 2 short, 3 very short. */
  fill: number;
}

const STOP = /[。！？!?…；;][”’」』）)》"'】]*$/u;
const FULL_STOP = /[。…；;][”’」』）)》"'】]*$/u;
const EXCL = /[！？!?][”’」』）)》"']*$/u;
const COMMA = /[，,、]$/u;
const COLON = /[：:]$/u;
const CLOSE = /[”’」』）)》"'】]$/u;
const OPEN = /[“‘《（(【「『—-]$/u;

function shapeOf(l: ModelLine): Shape {
  const t = l.text;
  const len = [...t].length;
  const stop = STOP.test(t);
  const comma = COMMA.test(t) || COLON.test(t);
  const inner = /[。；;！？!?](?=[^”’」』）)》"'】！？!?])/u.test(t.slice(0, -1)) || /[，,]/u.test(t.slice(0, -1));
  const short = l.column - l.width;
  const shape = S.bylineShape(t);
  const noise =
    S.PAGE_HEADER.test(t) ||
    (S.DATE_LINE.test(t) && len <= 40) ||
    S.MASTHEAD.test(t) ||
    (S.PROMO.test(t) && len <= 24) ||
    (S.JUMP.test(t) && len <= 16) ||
    (S.EDITOR.test(t) && len <= 40) ||
    S.SECTION.test(t) ||
    S.LATIN_ONLY.test(t);
  return {
    len,
    stop,
    comma,
    mid: !stop,
    titleLike: len >= 2 && len <= 40 && !inner && !FULL_STOP.test(t) && !comma,
    space: /[^\x00-\x7f] [^\x00-\x7f]/u.test(t),
    openEnd: S.OPEN_END.test(t),
    byline: shape && (S.ROLE.test(t) || S.CAMERA.test(t) || (S.bracketed(t) && S.namesOnly(t))),
    noise,
    dateline: S.DATELINE.test(t),
    fill: short <= 3 ? 0 : short <= 7 ? 1 : l.width >= 0.6 * l.column ? 2 : 3,
  };
}

const LEN: [number, Feature][] = [
  [3, "len:1-3"],
  [8, "len:4-8"],
  [16, "len:9-16"],
  [26, "len:17-26"],
  [40, "len:27-40"],
  [80, "len:41-80"],
  [Infinity, "len:81+"],
];
const FILL: Feature[] = ["w:full", "w:near", "w:short", "w:vshort"];
const PREV_FILL: Feature[] = ["w:prev:full", "w:prev:near", "w:prev:short", "w:prev:short"];
const NEXT_FILL: Feature[] = ["w:next:full", "w:next:near", "w:next:short", "w:next:short"];

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
    const f: Feature[] = ["bias"];
    const s = shapes[i];
    const t = l.text;
    const p = i > 0 ? shapes[i - 1] : null;
    const n = i + 1 < lines.length ? shapes[i + 1] : null;
    const nl = lines[i + 1];
    f.push(LEN.find(([max]) => s.len <= max)![1]);
    if (EXCL.test(t)) f.push("end:excl");
    else if (s.stop) f.push("end:stop");
    else if (COMMA.test(t)) f.push("end:comma");
    else if (COLON.test(t)) f.push("end:colon");
    else if (CLOSE.test(t)) f.push("end:close");
    else if (OPEN.test(t)) f.push("end:open");
    else f.push("end:other");
    if (/[。；;！？!?](?=.)/u.test(t.replace(STOP, ""))) f.push("inner:stop");
    if (/[，,]/u.test(t.slice(0, -1))) f.push("inner:comma");
    if (/[^\x00-\x7f] [^\x00-\x7f]/u.test(t)) f.push("inner:space");
    if (/\d/u.test(t)) f.push("has:digit");
    if (/[A-Za-z]{2}/u.test(t)) f.push("has:latin");
    if (s.dateline) f.push("start:dateline");
    if (/^[○●◎■□]?\s*\S{0,20}?(讯|消息)\s*[（(【]?\s*\S{0,8}?(记者|通讯员)/u.test(t)) f.push("start:leadcredit");
    if (S.ENUMERATION.test(t)) f.push("start:enum");
    if (S.MARK.test(t)) f.push("start:mark");
    if (/^[“"「『]/u.test(t)) f.push("start:quote");
    if (/^[—–-]{1,2}/u.test(t)) f.push("start:dash");
    if (/^[【[][^】\]]{1,12}[】\]]./u.test(t)) f.push("start:tag");
    if (/^[^，。：:]{2,8}[：:|｜]/u.test(t)) f.push("start:label");
    if (/^(图为|图片|▲|◀|►)/u.test(t)) f.push("start:caption");
    if (S.SUBJECT.test(t)) f.push("start:subject");
    if (/^[（(]/u.test(t)) f.push("start:paren");
    if (S.VERB_START.test(t)) f.push("start:verb");
    if (s.openEnd) f.push("end:openverb");
    if (p?.openEnd) f.push("prev:openverb");
    if (p?.space) f.push("prev:space");
    if (S.ACTOR_START.test(t)) f.push("start:actor");
    if (i > 0 && EXCL.test(lines[i - 1].text)) f.push("prev:excl");
    if (i > 0 && /^[^，。：:]{2,8}[：:|｜]/u.test(lines[i - 1].text)) f.push("prev:label");
    // Bylines and credits.
    const role = S.ROLE.test(t);
    const camera = S.CAMERA.test(t);
    const shape = S.bylineShape(t);
    const names = S.namesOnly(t);
    const br = S.bracketed(t);
    if (role) f.push("by:role");
    if (camera) f.push("by:camera");
    if (br) f.push("by:bracketed");
    if (shape) f.push("by:shape");
    if (names) f.push("by:names");
    if (S.orgCredit(t)) f.push("by:org");
    if (shape && role) f.push("by:shape&role");
    if (shape && camera) f.push("by:shape&camera");
    if (shape && names) f.push("by:shape&names");
    if (br && shape) f.push("by:bracketed&shape");
    if (br && names) f.push("by:bracketed&names");
    if (S.MARK.test(t) && shape) f.push("by:marked");
    if (names && s.len <= 8) f.push("by:short&names");
    // Furniture.
    if (S.PAGE_HEADER.test(t)) f.push("no:page");
    if (S.DATE_LINE.test(t)) f.push("no:date");
    if (S.WEEKDAY.test(t)) f.push("no:weekday");
    if (S.MASTHEAD.test(t)) f.push("no:masthead");
    if (S.CONTACT.test(t)) f.push("no:contact");
    if (S.PROMO.test(t)) f.push("no:promo");
    if (S.URL.test(t)) f.push("no:url");
    if (S.JUMP.test(t)) f.push("no:jump");
    if (S.EDITOR.test(t)) f.push("no:editor");
    if (S.SECTION.test(t)) f.push("no:section");
    if (S.LATIN_ONLY.test(t)) f.push("no:latin");
    if (S.PAPER_NAME.test(t)) f.push("no:paper");
    if (S.WEATHER.test(t) && s.len <= 30) f.push("no:weather");
    if (s.noise && s.len <= 30) f.push("no:any&short");
    if (S.COLUMN_TITLE.test(t)) f.push("ti:column");
    if (s.titleLike) f.push("ti:like");
    if (s.titleLike && l.gap > 0) f.push("ti:like&gap");
    if (s.titleLike && (!nl || nl.gap > 0)) f.push("ti:like&after");
    if (s.titleLike && n?.titleLike) f.push("ti:like&next");
    if (s.titleLike && p?.stop) f.push("ti:like&prev:stop");
    if (s.titleLike && p && p.len > 40) f.push("ti:like&prev:body");
    if (s.titleLike && !wrapped) f.push("u:ti:like");
    if (s.titleLike && !wrapped && n?.titleLike) f.push("u:ti:like&next");
    if (s.titleLike && wrapped && s.fill >= 2) f.push("w:ti:like&short");
    if (s.titleLike && EXCL.test(t)) f.push("ti:excl");
    if (creditAhead[i]) f.push(s.titleLike ? "ti:like&credit-ahead" : "credit-ahead");
    // A headline-like line between two lines much longer than it.
    if (s.titleLike && p && n && p.len > 2 * s.len && n.len > 2 * s.len) f.push("ti:lone");
    // Spacing and position.
    f.push(l.gap === 0 ? "gap:0" : l.gap === 1 ? "gap:1" : "gap:2+");
    if (nl) f.push(nl.gap === 0 ? "after:0" : nl.gap === 1 ? "after:1" : "after:2+");
    if (i === 0) f.push("first");
    if (!nl) f.push("last");
    if (l.indent) f.push("indent");
    if (indents) f.push(l.indent ? "indents&indent" : "indents&noindent");
    if (l.indent && p?.stop) f.push("indent&prev:stop");
    if (indents && !l.indent && p?.mid) f.push("indents&noindent&prev:mid");
    if (l.virtual) f.push("virtual");
    if (l.virtual && p?.stop) f.push("virtual&prev:stop");
    // Width against the column.
    if (wrapped) {
      f.push("wrapped", FILL[s.fill]);
      if (p) f.push(PREV_FILL[p.fill]);
      if (n) f.push(NEXT_FILL[n.fill]);
    } else f.push("unwrapped");
    // Where first lines run short by the dropped indent.
    if (issue.dropsIndent && p) {
      f.push("di:on");
      if (p.fill === 0 && p.stop) f.push(s.fill === 0 ? "di:full&prev:full&stop" : s.fill === 1 ? "di:near&prev:full&stop" : "di:on");
      if (s.fill === 1 && p.mid) f.push("di:near&prev:mid");
      if (l.gap === 1 && s.fill === 0 && p.stop) f.push("di:full&gap1&prev:stop");
      if (l.gap === 1 && s.fill === 1) f.push("di:near&gap1");
    }
    // The line above.
    if (!p) f.push("prev:none");
    else {
      f.push(p.stop ? "prev:stop" : p.comma ? "prev:comma" : "prev:mid");
      if (p.titleLike) f.push("prev:titlelike");
      if (p.byline) f.push("prev:byline");
      if (p.noise) f.push("prev:noise");
      if (lines[i - 1].virtual) f.push("prev:virtual");
      if (wrapped) {
        if (p.fill === 0) f.push(p.stop ? "w:prev:full&stop" : "w:prev:full&mid");
        if (p.fill === 0 && p.stop && s.fill <= 1) f.push(s.fill === 1 ? "w:prev:full&stop&near" : "w:prev:full&stop&full");
        if (p.fill === 1 && p.stop) f.push("w:prev:near&stop");
        if (p.fill >= 2) f.push(p.stop ? "w:prev:short&stop" : "w:prev:short&mid");
        if (l.gap === 1 && s.fill === 0) f.push(p.stop ? "w:gap1&prev:stop&full" : "w:gap1&prev:mid&full");
      } else if (l.gap <= 1) f.push(`u:gap${l.gap as 0 | 1}&prev:${p.stop ? "stop" : "mid"}` as Feature);
      if (l.gap === 1) f.push(p.stop ? "gap:1&prev:stop" : "gap:1&prev:mid");
      if (l.gap === 0) f.push(p.stop ? "gap:0&prev:stop" : "gap:0&prev:mid");
      if (s.len < 0.75 * p.len) f.push("rel:shorter-prev");
      else if (s.len > 1.33 * p.len) f.push("rel:longer-prev");
      else if (p.titleLike && Math.abs(s.len - p.len) <= 3) f.push("rel:balanced-prev");
    }
    // The line below.
    if (!n) f.push("next:none");
    else {
      if (nl.gap === 0) f.push("next:gap0");
      if (nl.indent) f.push("next:indent");
      if (n.byline) f.push("next:byline");
      if (n.titleLike) f.push("next:titlelike");
      if (n.dateline) f.push("next:dateline");
      if (n.noise) f.push("next:noise");
      if (n.stop) f.push("next:stop");
      if (s.len < 0.75 * n.len) f.push("rel:shorter-next");
      else if (s.len > 1.33 * n.len) f.push("rel:longer-next");
    }
    return f.map((x) => ID[x]);
  });
}

/**
 * Credits: who wrote or photographed an article, wherever the paper prints it:
 * the byline (`□全媒体记者 王建成 文/图`, `株洲晚报融媒体记者/谢慧`), a credit
 * inside the first paragraph (`本报讯(记者 付晓娇)`, `茂名晚报讯 记者黄楚凡…`),
 * a caption's credit (`记者 王忠虎 摄`) or a brief's closing name (`(刘青云)`).
 * Names are kept as printed, padding included (`邓  斌`); roles, media names and
 * `摄`, `文/图` are not names. The spans are also what the tagger must not read
 * as people or places (株洲 in 株洲晚报融媒体记者).
 */
import { SINGLE_SURNAMES, surnameLength } from "./surnames";
import { isOtherWord } from "./lexicon";
import { TIP } from "../split/shapes";

export interface Credit {
  /** Where the credit stands in the text it was found in. */
  start: number;
  end: number;
  names: string[];
}

const ROLE = /(?:首席|特约|见习|实习|本报|本网|本台)?(?:全媒体|融媒体|融媒|摄影)?(?:记者|通讯员|实习生|摄影师|撰稿人|撰稿|作者)/u;
// A role with whatever names the medium before it (光明新闻记者, 潍坊日报社全媒体记者), and its colon or slash.
const ROLE_RUN = new RegExp(`[^\\s、,，]*?${ROLE.source}\\s*[:：/／]?`, "gu");
const WORK = /^(?:摄影报道|摄影|报道|摄|文\/图|图\/文|图文|文图|供图|制图|整理)$/u;
const WORK_TAIL = /(?:摄影报道|摄影|报道|摄|文\/图|图\/文|供图)$/u;
const HAN = /^\p{Script=Han}+$/u;

/** A person's name as credits print them: a surname and one or two characters (compound: up to four in all). */
export function isCreditName(s: string): boolean {
  const bare = s.replace(/\s+/gu, "");
  const sl = surnameLength(bare);
  return sl > 0 && HAN.test(bare) && bare.length >= sl + 1 && bare.length <= sl + 2 && !/^(本报|本网|记者)/u.test(bare);
}

// Credits repeat (a paper's reporters, a closing (完) or (新华社)): each is read once. A copy is handed out.
const creditNames = new Map<string, string[]>();

/** The names in a credit's text: `见习记者 陈博琳 记者 于芯 刘鹰` → 陈博琳, 于芯, 刘鹰; `邓  斌` stays padded. */
export function namesInCredit(credit: string): string[] {
  let names = creditNames.get(credit);
  if (!names) creditNames.set(credit, (names = readNames(credit)));
  return [...names];
}

function readNames(credit: string): string[] {
  // Every replacement keeps the length, so a name's position is its position in the credit as printed.
  const blank = (m: string) => " ".repeat(m.length);
  // A tip-off's provider (线索提供 吴俊成（稿费30元）) gave the story, he did not write it.
  const s = credit
    .replace(TIP, blank)
    .replace(/[(（【[][^)）】\]]*[图文摄][^)）】\]]*[)）】\]]/gu, blank)
    .replace(/[()（）【】[\]<>〈〉○●■□◆▲◀▶:：]/gu, blank)
    .replace(ROLE_RUN, blank);
  const tokens = [...s.matchAll(/\S+/gu)].map((m) => ({ t: m[0], at: m.index }));
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i].t;
    if (WORK.test(t)) continue;
    // A padded two-character name: 邓  斌, 李 帆 (one character, spaces, one character).
    const next = tokens[i + 1];
    if (t.length === 1 && next && next.t.replace(WORK_TAIL, "").length === 1 && SINGLE_SURNAMES.has(t)) {
      const tail = next.t.replace(WORK_TAIL, "");
      const printed = credit.slice(tokens[i].at, next.at + tail.length);
      if (/^\p{Script=Han}[ \u3000]+\p{Script=Han}$/u.test(printed)) {
        names.push(printed);
        i++;
        continue;
      }
    }
    t = t.replace(WORK_TAIL, "");
    for (const part of t.split(/[、,，/／]/u)) if (isCreditName(part)) names.push(part);
  }
  return [...new Set(names)];
}

// A dateline: 本报讯, 本网讯, 晚报讯, 新天水讯, 晋江新闻网10月26日讯, 天天天水网15日16时讯, 环渤海新闻网消息.
const DATELINE = /^[\s○●■□◆]*([^\s，。,(（【]{0,20}?(?:讯|消息))\s*/u;
const BRACKETED = /^[(（【]([^)）】]{1,60})[)）】]/u;
// Without brackets: roles and names up to the text (本报讯 记者 谢素婵 …, 本报讯 于雅楠 记者白惠娟报道 …).
const LOOSE = new RegExp(
  `^((?:(?:${ROLE.source})?\\s*[\\p{Script=Han}]{2,3}(?:报道|摄影报道|摄)?(?:\\s+|(?=$))|${ROLE.source}\\s*)+)`,
  "u",
);

const GLUED = new RegExp(`^(${ROLE.source})\\s*(\\p{Script=Han}{2,3})`, "u");

/** The credit at the start of a first paragraph, if any. */
export function leadCredit(p: string): Credit | null {
  const d = DATELINE.exec(p);
  if (!d) return null;
  const rest = p.slice(d[0].length);
  const b = BRACKETED.exec(rest);
  if (b) return { start: 0, end: d[0].length + b[0].length, names: namesInCredit(b[1]) };
  // Glued to the text: 记者黄楚凡台风… — the name is a surname and two characters unless the third starts a word.
  const glued = GLUED.exec(rest);
  if (glued && !/\s/u.test(rest.slice(glued[0].length, glued[0].length + 1)) && rest.length > glued[0].length) {
    const name =
      glued[2].length === 3 && isOtherWord(rest.slice(glued[1].length + 2, glued[1].length + 4)) ? glued[2].slice(0, 2) : glued[2];
    const at = rest.indexOf(name, glued[1].length);
    if (isCreditName(name)) return { start: 0, end: d[0].length + at + name.length, names: [name] };
  }
  const loose = LOOSE.exec(rest);
  if (loose && ROLE.test(loose[1])) {
    const names = namesInCredit(loose[1]);
    if (names.length) return { start: 0, end: d[0].length + loose[0].length, names };
  }
  return { start: 0, end: d[0].length, names: [] };
}

// At a paragraph's end: (党率航    摄), (记者:王沛 ), (刘青云), 记者 王忠虎 摄, 茂名日报社全媒体记者岑稳摄, 首席记者 徐富盈 文/图.
const CLOSING_BRACKETED = /[(（]([^()（）]{2,40})[)）]\s*$/u;
const CLOSING_CREDIT = new RegExp(
  `(?:^|[\\s。！？!?，,”])((?:[^\\s。！？!?，,”]*?${ROLE.source}[:：/／]?\\s*)?(?:\\p{Script=Han}\\s{1,4}\\p{Script=Han}|\\p{Script=Han}{2,4})(?:\\s+\\p{Script=Han}{2,3})*\\s*(?:摄影报道|摄影|摄|文\\/图|图\\/文))\\s*$`,
  "u",
);

const SPACE = /\s/u;
// A closing credit ends in a bracket, 摄, 文/图 or 图/文 (before trailing spaces): anything else is none.
// Read from the end, as a regex anchored at the end would try every position of the paragraph.
function mayClose(p: string): boolean {
  let i = p.length - 1;
  while (i >= 0 && SPACE.test(p[i])) i--;
  return i >= 0 && ")）摄图文".includes(p[i]);
}

/** How many characters the bracketed credit closing `p` can span at most: brackets, 40 inside, trailing spaces. */
function bracketReach(p: string): number {
  let i = p.length;
  while (i > 0 && SPACE.test(p[i - 1])) i--;
  return p.length - i + 42;
}

/**
 * CLOSING_CREDIT on the paragraph's last 80 characters, as a regex anchored at the end would otherwise try
 * every position of a long paragraph (a credit's roles and names are far shorter); where the match starts
 * at the cut, the text before it may belong to it, and the whole paragraph is read.
 */
function closingMatch(p: string): RegExpExecArray | null {
  if (p.length <= 80) return CLOSING_CREDIT.exec(p);
  const c = CLOSING_CREDIT.exec(p.slice(-80));
  return c && c.index > 0 ? c : CLOSING_CREDIT.exec(p);
}

/** A credit closing a paragraph (a caption's or a brief's), if any. */
export function closingCredit(p: string): Credit | null {
  if (!mayClose(p)) return null;
  // Only the paragraph's end can hold a bracketed credit: the regex reads that much (same match, shifted).
  const from = Math.max(0, p.length - bracketReach(p));
  const tail = CLOSING_BRACKETED.exec(p.slice(from));
  const b = tail && { index: tail.index + from, 1: tail[1] };
  if (b) {
    const inner = b[1];
    const credited = ROLE.test(inner) || /(摄|文\/图|图\/文|报道)\s*$/u.test(inner);
    const names = namesInCredit(inner);
    // A bare name in brackets closes a brief only when it is all the bracket holds: (刘青云), (邓  斌).
    if (names.length && (credited || names.join("").length === inner.replace(/\s+/gu, "").length))
      return { start: b.index, end: p.length, names };
  }
  const c = closingMatch(p);
  if (c) {
    const names = namesInCredit(c[1]);
    if (names.length) return { start: p.length - c[0].length + c[0].indexOf(c[1]), end: p.length, names };
  }
  return null;
}

/** Every credit of an article: the byline, and each paragraph's lead credit (the first's, or one after a caption) and closing credit. */
export function creditsOf(byline: string | null, paragraphs: string[]): { byline: string[]; paragraphs: (Credit | null)[][] } {
  const fromByline = byline ? (DATELINE.test(byline) ? (leadCredit(byline)?.names ?? []) : namesInCredit(byline)) : [];
  // A lead credit opens the first paragraph, or one after a photo's caption (…摄 / 保定晚报讯(记者 X)…).
  const paras = paragraphs.map((p) => [leadCredit(p), closingCredit(p)]);
  return { byline: fromByline, paragraphs: paras };
}

/** Authors of an article, in order of mention, each once. */
export function authorsOf(byline: string | null, paragraphs: string[] = []): string[] {
  const c = creditsOf(byline, paragraphs);
  const all = [...c.byline, ...c.paragraphs.flatMap((p) => p.flatMap((x) => x?.names ?? []))];
  return [...new Set(all)];
}

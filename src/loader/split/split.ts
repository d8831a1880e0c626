/**
 * The splitter: lines → features → role scores → the best reading under the
 * grammar → articles, noise, pages and doubts. One model for every layout; the
 * weights come from src/loader/split/weights.ts (fitted by scripts/fit-splitter.ts).
 */
import type { Line } from "../lines";
import { charCount } from "../text";
import { compile, decode, emissions, type Compiled } from "./decode";
import { featuresOf } from "./features";
import { roleOf, layoutOf, type Layout, type Role } from "./grammar";
import { prepare, type ModelLine } from "./model-lines";
import { assemble, type Draft } from "./assemble";
import { doubtsOf, MAX_DOUBTS, type Doubt } from "./doubts";
import { leadCredit } from "./lead-credit";
import { dateIn, publicationIn, type PageInfo } from "./page-meta";
import { DATE_LINE, DATELINE } from "./shapes";
import { WEIGHTS } from "./weights";
import { assignRoles } from "./roles";
import { CORRECTION_WARNING, resolveCorrections, type Correction } from "../corrections";

export interface SplitArticle {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  paragraphs: string[];
  page: PageInfo | null;
  doubts: Doubt[];
  /** First and last line of the file the article stands on. */
  lines: [number, number];
}

export interface LabelledLine {
  no: number;
  text: string;
  role: Role;
  layout: Layout;
  /** Index of the article the line belongs to, or −1 (noise, page headers). */
  article: number;
  doubt: Doubt | null;
}

export interface Split {
  layout: "A" | "B" | "C";
  /** Most articles have their headline above the text. */
  headlineFirst: boolean;
  wrapped: boolean;
  indents: boolean;
  articles: SplitArticle[];
  noise: string[];
  warnings: string[];
  /** The issue date a page header or date line prints, as YYYY-MM-DD. */
  date: string | null;
  /** The publication a masthead line names. */
  publication: string | null;
  labelled: LabelledLine[];
}

let defaultModel: Compiled | null = null;
const model = () => (defaultModel ??= compile(WEIGHTS));

export interface SplitOptions {
  /** An editor's corrections for this file (content/corrections.json). */
  corrections?: Correction[];
  /** Another fitted model (the fitting script's). */
  compiled?: Compiled;
  /** Doubt under this margin, for every kind (default: the table's margin per kind). */
  doubtMargin?: number;
}

/** The model's own lines for a file (for corrections keyed by line). */
export { prepare };

/** Each line's length in characters (code points), negated where a sentence ends inside it (。 or ； before its end). */
export const charsOf = (lines: ModelLine[]) =>
  lines.map((l) => (/[。；](?![”’」』）)》"'】]*$)/u.test(l.text.slice(0, SENTENCE_SCAN)) ? -1 : charCount(l.text)));
/** Only a line's first characters are searched for a sentence inside (longer lines are body text anyway). */
const SENTENCE_SCAN = 64;

function firstSentence(p: string): string {
  const s = p
    .replace(DATELINE, "")
    .trimStart()
    .split(/(?<=[。！？!?])/u)[0];
  return [...s].slice(0, 40).join("");
}

function toArticle(d: Draft, lines: ModelLine[], warnings: string[], noise: string[]): Omit<SplitArticle, "doubts"> | null {
  const h = assignRoles(
    d.parts.map((p) => p.text),
    WEIGHTS.roles,
  );
  const kicker = h.kicker ? [h.kicker] : [];
  const titles = h.title ? [h.title] : [];
  const subs = h.subtitle ? [h.subtitle] : [];
  const first = lines[d.members[0]].no;
  if (!d.paragraphs.length) {
    for (const p of d.parts) noise.push(p.text);
    if (d.byline) noise.push(d.byline);
    warnings.push(`line ${first}: a headline or byline with no text under it`);
    return null;
  }
  let title = titles.join(" ");
  if (!title && kicker.length) title = kicker.splice(kicker.length - 1, 1)[0];
  if (!title && subs.length) title = subs.splice(0, 1)[0];
  if (!title) {
    title = firstSentence(d.paragraphs[0]) || d.paragraphs[0].slice(0, 40);
    warnings.push(`line ${first}: an article without a headline; its first words stand in as title`);
  }
  let byline = d.byline;
  if (!byline) {
    const lead = d.paragraphs.slice(0, 3).find((p) => DATELINE.test(p));
    byline = lead ? (leadCredit(lead)?.byline ?? null) : null;
  }
  const nos = d.members.map((m) => lines[m].no);
  return {
    kicker: kicker.length ? kicker.join(" ") : null,
    title,
    subtitle: subs.length ? subs.join(" ") : null,
    byline: byline || null,
    paragraphs: d.paragraphs,
    page: d.page,
    lines: [nos.reduce((a, b) => Math.min(a, b)), nos.reduce((a, b) => Math.max(a, b))],
  };
}

export function splitLines(raw: Line[], opts: SplitOptions = {}): Split {
  const issue = prepare(raw);
  const { lines } = issue;
  const m = opts.compiled ?? model();
  const em = emissions(m, featuresOf(issue), charsOf(lines));
  const fix = resolveCorrections(lines, opts.corrections ?? []);
  const warnings = fix.stale.map((w) => `${CORRECTION_WARNING} ${w}`);
  let dec = decode(m, em, fix.forced);
  if (lines.length && dec.states.some((s) => s < 0)) {
    warnings.push(
      `${CORRECTION_WARNING}s for this file admit no reading of it (a role where the grammar allows none); they were not applied`,
    );
    dec = decode(m, em);
  }
  const roles = dec.states.map(roleOf);
  const asm = assemble(lines, dec.states);
  const noise = asm.noise;
  const kept: { a: Omit<SplitArticle, "doubts">; d: Draft }[] = [];
  for (const d of asm.drafts) {
    const a = toArticle(d, lines, warnings, noise);
    if (a) kept.push({ a, d });
  }
  const m0 = opts.doubtMargin;
  const doubts = doubtsOf(
    lines,
    dec,
    roles,
    m0 === undefined ? WEIGHTS.doubtMargins : { boundary: m0, headline: m0, paragraph: m0, byline: m0 },
  );
  // Bylines an editor set.
  for (const [i, byline] of fix.bylines) {
    const k = kept.findIndex(({ d }) => d.members.includes(i));
    if (k >= 0) {
      // A byline printed on lines keeps its text in the noise list when an editor replaces it.
      if (kept[k].d.byline && kept[k].d.byline !== byline) noise.push(kept[k].d.byline!);
      kept[k].a.byline = byline;
    } else warnings.push(`${CORRECTION_WARNING} line ${lines[i].no}: the line belongs to no article, so it has no byline to set`);
  }
  // Each article's doubts: its own lines, and noise lines just above it. A line an editor fixed is no doubt.
  for (let i = 0; i < lines.length; i++) if (fix.forced[i]) doubts.delete(i);
  const owner = new Array<number>(lines.length).fill(-1);
  kept.forEach(({ d }, k) => d.members.forEach((i) => (owner[i] = k)));
  const articles: SplitArticle[] = kept.map(({ a }) => ({ ...a, doubts: [] }));
  for (let i = lines.length - 1, after = -1; i >= 0; i--) {
    if (owner[i] >= 0) after = owner[i];
    const dt = doubts.get(i);
    if (!dt) continue;
    const k = owner[i] >= 0 ? owner[i] : after >= 0 ? after : kept.length - 1;
    if (k >= 0) articles[k].doubts.unshift(dt);
  }
  // Each article reports its closest calls only, in line order.
  for (const a of articles)
    if (a.doubts.length > MAX_DOUBTS)
      a.doubts = a.doubts
        .slice()
        .sort((x, y) => x.margin - y.margin)
        .slice(0, MAX_DOUBTS)
        .sort((x, y) => x.line - y.line);
  // Issue metadata: the first date a page header or date line prints, the paper a masthead line names.
  let date: string | null = null;
  let publication: string | null = null;
  const firstArticleLine = kept.length ? kept[0].d.members.reduce((a, b) => Math.min(a, b)) : lines.length;
  lines.forEach((l, i) => {
    const r = roles[i];
    if (r === "page" || (r === "noise" && DATE_LINE.test(l.text))) date ??= dateIn(l.text);
    if (r === "noise" && i < firstArticleLine) publication ??= publicationIn(l.text);
  });
  const layouts = kept.map(({ d }) => d.layout);
  const headFirst = layouts.filter((l) => l === "A").length >= layouts.filter((l) => l === "B").length;
  return {
    layout: issue.indents ? "C" : headFirst ? "A" : "B",
    headlineFirst: headFirst,
    wrapped: issue.wrapped,
    indents: issue.indents,
    articles,
    noise,
    warnings,
    date,
    publication,
    labelled: lines.map((l, i) => ({
      no: l.no,
      text: l.text,
      role: roles[i],
      layout: layoutOf(dec.states[i]),
      article: owner[i],
      doubt: doubts.get(i) ?? null,
    })),
  };
}

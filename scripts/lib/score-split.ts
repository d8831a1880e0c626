/**
 * Score a splitter against generated truth: articles exactly right, paragraph F1,
 * doubts per 100 articles and the share of wrong articles that carry a doubt,
 * overall and per variant. Text is compared after NFKC with whitespace removed
 * (extractions differ in spaces: padded names, a space where a title wrapped).
 */
import type { GenIssue, TruthArticle } from "./gen/issue";

export interface SplitArticle {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  paragraphs: string[];
  page?: { number: string; name: string | null } | null;
  doubts?: { line: number }[];
}

export interface SplitResult {
  articles: SplitArticle[];
  date?: string | null;
  publication?: string | null;
}

export interface Tally {
  articles: number;
  exact: number;
  titles: number;
  roles: number;
  bylines: number;
  pages: number;
  paraTruth: number;
  paraPred: number;
  paraMatch: number;
  doubts: number;
  wrong: number;
  wrongWithDoubt: number;
  issues: number;
  datesRight: number;
  datesTruth: number;
}

const empty = (): Tally => ({
  articles: 0,
  exact: 0,
  titles: 0,
  roles: 0,
  bylines: 0,
  pages: 0,
  paraTruth: 0,
  paraPred: 0,
  paraMatch: 0,
  doubts: 0,
  wrong: 0,
  wrongWithDoubt: 0,
  issues: 0,
  datesRight: 0,
  datesTruth: 0,
});

export const norm = (s: string | null | undefined) => (s ?? "").normalize("NFKC").replace(/\s+/gu, "");
// The headline's text in print order: which lines form one part and which role each part has
// is a separate question (roles are counted apart), so a title printed over two lines at its
// space reads the same as two parts.
const headKey = (a: { kicker: string | null; title: string; subtitle: string | null }) => norm([a.kicker, a.title, a.subtitle].join(""));
const roleKey = (a: { kicker: string | null; title: string; subtitle: string | null }) =>
  JSON.stringify([norm(a.kicker), norm(a.title), norm(a.subtitle)]);
const articleKey = (a: SplitArticle | TruthArticle) => JSON.stringify([headKey(a), norm(a.byline), a.paragraphs.map(norm)]);
const pageKey = (p: { number: string; name: string | null } | null | undefined) => (p ? `${norm(p.number)}:${norm(p.name)}` : "-");

function take(bag: Map<string, number>, k: string): boolean {
  const n = bag.get(k) ?? 0;
  if (!n) return false;
  bag.set(k, n - 1);
  return true;
}
const bagOf = (keys: string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

/** Per-variant tallies: "all", each issue variant (`wrap=narrow ≤16`) and each article tag (`credit=end`). */
export class Scores {
  readonly by = new Map<string, Tally>();

  private add(keys: string[], f: (t: Tally) => void): void {
    for (const k of keys) {
      if (!this.by.has(k)) this.by.set(k, empty());
      f(this.by.get(k)!);
    }
  }

  score(issue: GenIssue, got: SplitResult): void {
    const issueKeys = ["all", ...Object.entries(issue.variant).map(([d, v]) => `${d}=${v}`)];
    const exact = bagOf(got.articles.map(articleKey));
    const titles = bagOf(got.articles.map(headKey));
    const roles = bagOf(got.articles.map(roleKey));
    const withPage = bagOf(got.articles.map((a) => `${headKey(a)}#${pageKey(a.page)}`));
    const bylines = bagOf(got.articles.map((a) => `${headKey(a)}#${norm(a.byline)}`));
    const doubtLines = got.articles.flatMap((a) => (a.doubts ?? []).map((d) => d.line));
    const predParas = bagOf(got.articles.flatMap((a) => a.paragraphs.map(norm)));
    this.add(issueKeys, (t) => {
      t.issues++;
      t.doubts += doubtLines.length;
      if (issue.truth.date) {
        t.datesTruth++;
        if (got.date === issue.truth.date) t.datesRight++;
      }
    });
    for (const a of issue.truth.articles) {
      const tagKeys = Object.entries(a.tags)
        .filter(([d]) => d !== "record")
        .map(([d, v]) => `${d}=${v}`);
      const ok = take(exact, articleKey(a));
      const title = take(titles, headKey(a));
      const role = take(roles, roleKey(a));
      const page = take(withPage, `${headKey(a)}#${pageKey(a.page)}`);
      const byline = take(bylines, `${headKey(a)}#${norm(a.byline)}`);
      const flagged = doubtLines.some((l) => l >= a.lines[0] - 1 && l <= a.lines[1] + 1);
      let pm = 0;
      for (const p of a.paragraphs) if (take(predParas, norm(p))) pm++;
      // For per-article rows, precision counts the paragraphs of the predicted article that shares most of them.
      const want = new Set(a.paragraphs.map(norm));
      const twin = got.articles.reduce<SplitArticle | null>((best, b) => {
        const n = b.paragraphs.filter((p) => want.has(norm(p))).length;
        return n > (best ? best.paragraphs.filter((p) => want.has(norm(p))).length : 0) ? b : best;
      }, null);
      const own = doubtLines.filter((l) => l >= a.lines[0] && l <= a.lines[1]).length;
      const tally = (t: Tally) => {
        t.articles++;
        if (ok) t.exact++;
        if (title) t.titles++;
        if (role) t.roles++;
        if (page) t.pages++;
        if (byline) t.bylines++;
        if (!ok) t.wrong++;
        if (!ok && flagged) t.wrongWithDoubt++;
        t.paraMatch += pm;
        t.paraTruth += a.paragraphs.length;
      };
      this.add(issueKeys, tally);
      this.add(tagKeys, (t) => {
        tally(t);
        t.doubts += own;
        t.paraPred += twin ? twin.paragraphs.length : 0;
      });
    }
    const predCount = got.articles.reduce((n, a) => n + a.paragraphs.length, 0);
    this.add(issueKeys, (t) => (t.paraPred += predCount));
  }
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "–");

export function paragraphF1(t: Tally): number {
  const p = t.paraPred ? t.paraMatch / t.paraPred : 0;
  const r = t.paraTruth ? t.paraMatch / t.paraTruth : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export interface Row {
  variant: string;
  articles: number;
  exact: string;
  exactShare: number;
  paragraphF1: number;
  titles: string;
  roles: string;
  bylines: string;
  pages: string;
  doubtsPer100: number;
  wrongWithDoubt: string;
}

export function rows(s: Scores): Row[] {
  return [...s.by.entries()]
    .sort(([a], [b]) => (a === "all" ? -1 : b === "all" ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([variant, t]) => ({
      variant,
      articles: t.articles,
      exact: `${t.exact}/${t.articles} (${pct(t.exact, t.articles)})`,
      exactShare: t.articles ? t.exact / t.articles : 0,
      paragraphF1: Number(paragraphF1(t).toFixed(4)),
      titles: pct(t.titles, t.articles),
      roles: pct(t.roles, t.articles),
      bylines: pct(t.bylines, t.articles),
      pages: pct(t.pages, t.articles),
      doubtsPer100: Number(((100 * t.doubts) / Math.max(1, t.articles)).toFixed(1)),
      wrongWithDoubt: `${pct(t.wrongWithDoubt, t.wrong)} of ${t.wrong}`,
    }));
}

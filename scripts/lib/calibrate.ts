/**
 * Where to put the doubt margins: on generated issues, split with every line's
 * margin and doubt kind known; raise the margin of one kind at a time (boundary,
 * headline, paragraph, byline), always the kind that flags the most wrong articles
 * per doubt added, until the chosen share of wrong articles carries a doubt.
 */
import { toLines } from "../../src/loader/lines";
import { splitLines } from "../../src/loader/split/split";
import type { Compiled } from "../../src/loader/split/decode";
import { MAX_DOUBTS, type DoubtKind } from "../../src/loader/split/doubts";
import type { GenIssue } from "./gen/issue";
import { norm } from "./score-split";

const KINDS: DoubtKind[] = ["boundary", "headline", "paragraph", "byline"];
const key = (a: { kicker: string | null; title: string; subtitle: string | null; byline: string | null; paragraphs: string[] }) =>
  JSON.stringify([norm([a.kicker, a.title, a.subtitle].join("")), norm(a.byline), a.paragraphs.map(norm)]);

type Call = { kind: DoubtKind; margin: number };

export interface Calibration {
  margins: Record<DoubtKind, number>;
  flaggedShare: number;
  doubtsPer100: number;
  steps: string[];
  /** Doubts per 100 articles where 60%, 70%, 80%, 90% of the wrong articles carry one. */
  curve: string[];
}

export function calibrate(issues: GenIssue[], model: Compiled, cover: number, shared = false): Calibration {
  const wrong: Call[][] = [];
  const byArticle: Call[][] = [];
  let articles = 0;
  for (const g of issues) {
    const s = splitLines(toLines(g.text), { compiled: model, doubtMargin: Infinity });
    const got = new Map<string, number>();
    for (const a of s.articles) got.set(key(a), (got.get(key(a)) ?? 0) + 1);
    const calls = s.labelled.map((l) => ({
      no: l.no,
      article: l.article,
      call: l.doubt ? { kind: l.doubt.kind, margin: l.doubt.margin } : null,
    }));
    const per = new Map<number, Call[]>();
    for (const c of calls) if (c.call) per.set(c.article, [...(per.get(c.article) ?? []), c.call]);
    byArticle.push(...per.values());
    for (const t of g.truth.articles) {
      articles++;
      const k = key(t);
      if (got.get(k)) {
        got.set(k, got.get(k)! - 1);
        continue;
      }
      wrong.push(calls.filter((c) => c.call && c.no >= t.lines[0] - 1 && c.no <= t.lines[1] + 1).map((c) => c.call!));
    }
  }
  const margins: Record<DoubtKind, number> = { boundary: 0, headline: 0, paragraph: 0, byline: 0 };
  const under = (c: Call, m: Record<DoubtKind, number>) => c.margin < m[c.kind];
  const flagged = (m: Record<DoubtKind, number>) => wrong.filter((w) => w.some((c) => under(c, m))).length;
  const doubts = (m: Record<DoubtKind, number>) =>
    byArticle.reduce((n, cs) => n + Math.min(MAX_DOUBTS, cs.filter((c) => under(c, m)).length), 0);
  // Raise the margins step by step up to a wider cover than asked (to print the trade-off), keeping the
  // margins of the first step that reaches the asked cover.
  const STEP = 0.25;
  const curve: string[] = [];
  let chosen: Record<DoubtKind, number> | null = null;
  const marks = [0.6, 0.7, 0.8, 0.9];
  for (;;) {
    const f0 = flagged(margins);
    const d0 = doubts(margins);
    while (marks.length && f0 >= marks[0] * wrong.length) {
      curve.push(`${100 * marks.shift()!}% at ${((100 * d0) / Math.max(1, articles)).toFixed(1)}`);
    }
    if (!chosen && f0 >= cover * wrong.length) chosen = { ...margins };
    if (!marks.length && chosen) break;
    // One step of one kind, the kind that flags the most wrong articles per doubt added; with `shared`,
    // one margin for every kind.
    let best: DoubtKind[] | null = null;
    let bestRatio = -1;
    for (const ks of shared ? [KINDS] : KINDS.map((k) => [k])) {
      if (margins[ks[0]] >= 10) continue;
      const m = { ...margins };
      for (const k of ks) m[k] += STEP;
      const ratio = (flagged(m) - f0) / Math.max(0.5, doubts(m) - d0);
      if (ratio > bestRatio) [best, bestRatio] = [ks, ratio];
    }
    if (!best) break;
    for (const k of best) margins[k] += STEP;
  }
  const m = chosen ?? margins;
  const steps = KINDS.map((k) => `${k} ${m[k]}`);
  return {
    margins: m,
    flaggedShare: wrong.length ? flagged(m) / wrong.length : 1,
    doubtsPer100: (100 * doubts(m)) / Math.max(1, articles),
    steps,
    curve,
  };
}

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
}

export function calibrate(issues: GenIssue[], model: Compiled, cover: number): Calibration {
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
  const steps: string[] = [];
  const STEP = 0.25;
  while (flagged(margins) < cover * wrong.length) {
    let best: DoubtKind | null = null;
    let bestRatio = -1;
    const f0 = flagged(margins);
    const d0 = doubts(margins);
    for (const k of KINDS) {
      if (margins[k] >= 10) continue;
      const m = { ...margins, [k]: margins[k] + STEP };
      const ratio = (flagged(m) - f0) / Math.max(0.5, doubts(m) - d0);
      if (ratio > bestRatio) [best, bestRatio] = [k, ratio];
    }
    if (!best) break;
    margins[best] += STEP;
  }
  for (const k of KINDS) steps.push(`${k} ${margins[k]}`);
  return {
    margins,
    flaggedShare: wrong.length ? flagged(margins) / wrong.length : 1,
    doubtsPer100: (100 * doubts(margins)) / Math.max(1, articles),
    steps,
  };
}

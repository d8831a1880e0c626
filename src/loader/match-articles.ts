/**
 * Which article of this build is which article of the ledger, within one issue:
 * the same body (fingerprint similarity), the same headline, the same place in
 * print order, scored together and matched best first. A corrected headline
 * keeps its body; a corrected body keeps its headline; either keeps the id.
 */
import { articleIdFor } from "./ids";
import { decodeSketch, similarity } from "./fingerprint";
import type { LedgerArticle } from "./ledger";

export interface NowArticle {
  title: string;
  sketch: number[];
  /** The sketch as the ledger writes it. */
  sig: string;
  /** An id the source itself gives (a CMS export): kept whatever the ledger says. */
  explicit: string | null;
}

/** A pair is the same article from this score on: one strong sign (headline or most of the body) is enough. */
const SAME = 0.5;
/** An article that is no more leads to the one holding this much of its text, else to its issue. */
const PART_OF = 0.2;

const titleKey = (t: string) => t.normalize("NFKC").replace(/\s+/gu, "");

function score(o: LedgerArticle, oSketch: number[], j: number, n: NowArticle, i: number): number {
  return similarity(oSketch, n.sketch) + (titleKey(o.title) === titleKey(n.title) ? 0.5 : 0) + (i === j ? 0.1 : 0);
}

/** Best-first one-to-one matching: now index → old index. */
function pairs(old: LedgerArticle[], now: NowArticle[], fixed: Map<number, number>): Map<number, number> {
  const sketches = old.map((o) => decodeSketch(o.sig));
  const usedOld = new Set(fixed.values());
  const cands: [number, number, number][] = [];
  now.forEach((n, i) => {
    if (fixed.has(i) || n.explicit) return;
    old.forEach((o, j) => {
      if (usedOld.has(j)) return;
      const s = score(o, sketches[j], j, n, i);
      if (s >= SAME) cands.push([s, j, i]);
    });
  });
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const out = new Map(fixed);
  for (const [, j, i] of cands) {
    if (out.has(i) || usedOld.has(j)) continue;
    out.set(i, j);
    usedOld.add(j);
  }
  return out;
}

/** How many of `old` this build's articles match: whether a new file is an old one moved. */
export const countMatches = (old: LedgerArticle[], now: NowArticle[]) => pairs(old, now, new Map()).size;

const fits = (base: string, suffix: string) => `${base.slice(0, 80 - suffix.length)}${suffix}`;

/**
 * Ids for this build's articles of one issue, and the new ledger
 * articles and gone list. Matched articles keep their ids; new ones get an id
 * from the headline that no article of the issue ever had; an article that is
 * no more hands its ids to the article holding most of its text, or to the issue.
 */
export function matchArticles(
  old: LedgerArticle[],
  gone: string[],
  now: NowArticle[],
): { ids: string[]; articles: LedgerArticle[]; gone: string[] } {
  const fixed = new Map<number, number>();
  now.forEach((n, i) => {
    if (!n.explicit) return;
    const j = old.findIndex((o, j) => ![...fixed.values()].includes(j) && (o.id === n.explicit || o.was.includes(n.explicit!)));
    if (j >= 0) fixed.set(i, j);
  });
  const match = pairs(old, now, fixed);
  const taken = new Set([...old.flatMap((o) => [o.id, ...o.was]), ...gone]);
  const goneNow = new Set(gone);
  const articles: LedgerArticle[] = now.map((n, i) => {
    const j = match.get(i);
    if (j === undefined) return { id: "", title: n.title, sig: n.sig, was: [] };
    const o = old[j];
    const id = n.explicit ?? o.id;
    return { id, title: n.title, sig: n.sig, was: [o.id, ...o.was].filter((w) => w !== id) };
  });
  now.forEach((n, i) => {
    if (match.has(i)) return;
    let id = n.explicit ?? articleIdFor(n.title);
    // An article back under the id it once had (split off again, restored) takes it back from the page it led to.
    const holder = articles.find((a) => a.was.includes(id));
    if (goneNow.has(id)) goneNow.delete(id);
    else if (holder) holder.was = holder.was.filter((w) => w !== id);
    else if (taken.has(id)) {
      const base = id;
      for (let k = 2; taken.has(id); k++) id = fits(base, `-${k}`);
    }
    taken.add(id);
    articles[i].id = id;
  });
  const matchedOld = new Set(match.values());
  const nowSketches = now.map((n) => n.sketch);
  old.forEach((o, j) => {
    if (matchedOld.has(j)) return;
    const ids = [o.id, ...o.was].filter((x) => !articles.some((a) => a.id === x));
    const os = decodeSketch(o.sig);
    let best = -1;
    let bestSim = PART_OF;
    nowSketches.forEach((s, i) => {
      const sim = similarity(os, s);
      if (sim >= bestSim && (best < 0 || sim > bestSim)) [best, bestSim] = [i, sim];
    });
    if (best >= 0) articles[best].was.push(...ids.filter((x) => !articles[best].was.includes(x)));
    else for (const x of ids) goneNow.add(x);
  });
  return {
    ids: articles.map((a) => a.id),
    articles,
    gone: [...goneNow].filter((g) => !articles.some((a) => a.id === g || a.was.includes(g))),
  };
}

/**
 * Which article of this build is which article of the ledger, within one issue:
 * the same body (fingerprint similarity), the same headline, the same place in
 * print order, scored together and matched best first. A corrected headline
 * keeps its body; a corrected body keeps its headline; either keeps the id.
 */
import { articleIdFor } from "./ids";
import { containment, decodeSketch, similarity } from "./fingerprint";
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

/** `k → [v, …]`: `v` added to `k`'s list. */
function addTo<K>(m: Map<K, number[]>, k: K, v: number): void {
  const l = m.get(k);
  if (!l) m.set(k, [v]);
  else if (l[l.length - 1] !== v) l.push(v);
}

/**
 * Which of `sketches` share a value with a sketch. Two bodies with a
 * similarity above 0 share one, so only these need comparing, not every pair
 * (an export without issue fields is one issue of the whole archive).
 */
function sharing(sketches: readonly (readonly number[])[]): (sketch: readonly number[]) => Set<number> {
  const byValue = new Map<number, number[]>();
  sketches.forEach((s, j) => s.forEach((h) => addTo(byValue, h, j)));
  return (sketch) => new Set(sketch.flatMap((h) => byValue.get(h) ?? []));
}
const ascending = (s: Set<number>) => [...s].sort((a, b) => a - b);

/** Best-first one-to-one matching: now index → old index. */
function pairs(old: LedgerArticle[], now: NowArticle[], fixed: Map<number, number>): Map<number, number> {
  const sketches = old.map((o) => decodeSketch(o.sig));
  const oldTitles = old.map((o) => titleKey(o.title));
  // A pair reaches SAME only with the same headline or a shared sketch value.
  const byTitle = new Map<string, number[]>();
  oldTitles.forEach((t, j) => addTo(byTitle, t, j));
  const similar = sharing(sketches);
  const usedOld = new Set(fixed.values());
  const cands: [number, number, number][] = [];
  now.forEach((n, i) => {
    if (fixed.has(i) || n.explicit) return;
    const title = titleKey(n.title);
    const candidates = similar(n.sketch);
    for (const j of byTitle.get(title) ?? []) candidates.add(j);
    for (const j of candidates) {
      if (usedOld.has(j)) continue;
      const s = similarity(sketches[j], n.sketch) + (oldTitles[j] === title ? 0.5 : 0) + (i === j ? 0.1 : 0);
      if (s >= SAME) cands.push([s, j, i]);
    }
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
 * no more hands its ids to the article holding most of its text (or all of it, merged into a longer one), or to the issue.
 */
export function matchArticles(
  old: LedgerArticle[],
  gone: string[],
  now: NowArticle[],
): { ids: string[]; articles: LedgerArticle[]; gone: string[] } {
  const fixed = new Map<number, number>();
  const fixedOld = new Set<number>();
  // Old articles by each id they answer to, in order.
  const byOldId = new Map<string, number[]>();
  old.forEach((o, j) => [o.id, ...o.was].forEach((id) => addTo(byOldId, id, j)));
  now.forEach((n, i) => {
    if (!n.explicit) return;
    const j = byOldId.get(n.explicit)?.find((j) => !fixedOld.has(j));
    if (j === undefined) return;
    fixed.set(i, j);
    fixedOld.add(j);
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
  // Articles by the former ids they hold, in order (a holder may give one back below).
  const wasOf = new Map<string, number[]>();
  articles.forEach((a, i) => a.was.forEach((w) => addTo(wasOf, w, i)));
  now.forEach((n, i) => {
    if (match.has(i)) return;
    let id = n.explicit ?? articleIdFor(n.title);
    // An article back under the id it once had (split off again, restored) takes it back from the page it led to.
    const h = wasOf.get(id)?.find((k) => articles[k].was.includes(id));
    const holder = h === undefined ? undefined : articles[h];
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
  const nowIds = new Set(articles.map((a) => a.id));
  // A similarity of PART_OF or more needs a shared sketch value: only those articles are compared.
  const nowSharing = sharing(now.map((n) => n.sketch));
  old.forEach((o, j) => {
    if (matchedOld.has(j)) return;
    const ids = [o.id, ...o.was].filter((x) => !nowIds.has(x));
    const os = decodeSketch(o.sig);
    let best = -1;
    let bestSim = PART_OF;
    for (const i of ascending(nowSharing(os))) {
      // Held whole by a longer article (a new split merged stories) counts as much as being the same text.
      const sim = Math.max(similarity(os, now[i].sketch), containment(os, now[i].sketch));
      if (sim >= bestSim && (best < 0 || sim > bestSim)) [best, bestSim] = [i, sim];
    }
    if (best >= 0) articles[best].was.push(...ids.filter((x) => !articles[best].was.includes(x)));
    else for (const x of ids) goneNow.add(x);
  });
  const held = new Set(articles.flatMap((a) => [a.id, ...a.was]));
  return {
    ids: articles.map((a) => a.id),
    articles,
    gone: [...goneNow].filter((g) => !held.has(g)),
  };
}

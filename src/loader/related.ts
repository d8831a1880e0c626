/**
 * Related articles, computed once at build time: other articles that share
 * this one's tags (people, places, organisations, topics) or its rare words
 * (two-character sequences few articles use), each weighted by how rare it is
 * in the archive. A few references per article, written into its issue file. Node only.
 */
import type { IssueFile } from "../shared/contract";
import type { RelatedRef } from "../shared/archive";

export const MAX_RELATED = 4;
/** Rare words kept per article: its rarest ones. */
const TERMS_PER_DOC = 24;
/** A shared rare word counts this much of a shared tag of the same rarity. */
const TERM_WEIGHT = 0.4;

const HAN = /\p{Script=Han}/u;
const TAG_KINDS = ["people", "places", "orgs", "topics"] as const;

interface Doc {
  issue: IssueFile;
  index: number;
  tags: string[];
}

/** The distinct Han bigrams of a text, as numbers. */
function bigrams(text: string): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  for (const ch of text) {
    const cp = HAN.test(ch) ? ch.codePointAt(0)! : -1;
    if (cp >= 0 && prev >= 0) out.add(prev * 0x110000 + cp);
    prev = cp;
  }
  return out;
}

const textOf = (f: IssueFile, i: number) => {
  const a = f.articles[i];
  return [a.kicker ?? "", a.title, a.subtitle ?? "", ...a.paragraphs].join("\n");
};

/** Inverted lists of features, keeping only features that at least two and at most `cap` docs share. */
function postings<K>(features: K[][], cap: number): Map<K, number[]> {
  const lists = new Map<K, number[]>();
  features.forEach((fs, doc) => fs.forEach((f) => (lists.get(f) ?? lists.set(f, []).get(f)!).push(doc)));
  for (const [k, docs] of lists) if (docs.length < 2 || docs.length > cap) lists.delete(k);
  return lists;
}

/** Related articles of every article, by `issueId/articleId`. */
export function relatedArticles(issues: IssueFile[], max = MAX_RELATED): Map<string, RelatedRef[]> {
  const docs: Doc[] = issues.flatMap((issue) =>
    issue.articles.map((a, index) => ({ issue, index, tags: TAG_KINDS.flatMap((k) => a.tags[k].map((n) => `${k}:${n}`)) })),
  );
  const n = docs.length;
  const idf = (df: number) => Math.log(n / df);
  const tagCap = Math.max(2, Math.ceil(n / 20));
  const tagLists = postings(
    docs.map((d) => d.tags),
    tagCap,
  );
  // Word rarity over the whole archive, then each article's rarest shared words.
  const df = new Map<number, number>();
  const grams = docs.map((d) => bigrams(textOf(d.issue, d.index)));
  for (const g of grams) for (const k of g) df.set(k, (df.get(k) ?? 0) + 1);
  const termCap = Math.max(3, Math.ceil(n * 0.002));
  const rare = grams.map((g) =>
    [...g]
      .filter((k) => df.get(k)! >= 2 && df.get(k)! <= termCap)
      .sort((a, b) => df.get(a)! - df.get(b)! || a - b)
      .slice(0, TERMS_PER_DOC),
  );
  grams.length = 0;
  const termLists = postings(rare, termCap);

  // A shared tag, or two shared rare words: one common coincidence is not a relation.
  const enough = Math.min(idf(tagCap), 2 * TERM_WEIGHT * idf(termCap)) - 1e-9;
  const out = new Map<string, RelatedRef[]>();
  docs.forEach((d, doc) => {
    const score = new Map<number, number>();
    const add = (list: number[] | undefined, w: number) => {
      for (const other of list ?? []) if (other !== doc) score.set(other, (score.get(other) ?? 0) + w);
    };
    for (const t of d.tags) add(tagLists.get(t), idf(tagLists.get(t)?.length ?? n));
    for (const k of rare[doc]) add(termLists.get(k), TERM_WEIGHT * idf(termLists.get(k)?.length ?? n));
    const best = [...score]
      .filter(([, s]) => s >= enough)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, max);
    if (!best.length) return;
    out.set(
      `${d.issue.issue.id}/${d.issue.articles[d.index].id}`,
      best.map(([o]) => {
        const r = docs[o];
        const a = r.issue.articles[r.index];
        return { i: r.issue.issue.id, a: a.id, t: a.title, d: r.issue.issue.date };
      }),
    );
  });
  return out;
}

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

/** Han characters of the BMP (CJK unified ideographs and extension A, compatibility ideographs), as 0…span-1. */
const hanIndex = (c: number) => (c >= 0x3400 && c <= 0x9fff ? c - 0x3400 : c >= 0xf900 && c <= 0xfaff ? c - 0xf900 + 0x6c00 : -1);
const HAN_SPAN = 0x6c00 + 0x200;
const TAG_KINDS = ["people", "places", "orgs", "topics"] as const;

interface Doc {
  issue: IssueFile;
  index: number;
  tags: string[];
}

/** The distinct Han bigrams of a text, as small integers, ascending. */
function bigrams(text: string): Int32Array {
  const keys = new Int32Array(Math.max(0, text.length - 1));
  let n = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const h = hanIndex(text.charCodeAt(i));
    if (h >= 0 && prev >= 0) keys[n++] = prev * HAN_SPAN + h;
    prev = h;
  }
  const sorted = keys.subarray(0, n).sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[m++] = sorted[i];
  return sorted.slice(0, m);
}

const textOf = (f: IssueFile, i: number) => {
  const a = f.articles[i];
  return [a.kicker ?? "", a.title, a.subtitle ?? "", ...a.paragraphs].join("\n");
};

/** Counts of non-negative integer keys in an open-addressing table: millions of bigrams without a Map's cost. */
class Counts {
  private keys: Int32Array;
  private values: Int32Array;
  private size = 0;
  constructor(capacity = 1 << 20) {
    this.keys = new Int32Array(capacity).fill(-1);
    this.values = new Int32Array(capacity);
  }
  private slot(k: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul(k, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[i] !== -1 && this.keys[i] !== k) i = (i + 1) & mask;
    return i;
  }
  add(k: number): void {
    if (this.size * 2 > this.keys.length) this.grow();
    const i = this.slot(k);
    if (this.keys[i] === -1) {
      this.keys[i] = k;
      this.size++;
    }
    this.values[i]++;
  }
  get(k: number): number {
    const i = this.slot(k);
    return this.keys[i] === k ? this.values[i] : 0;
  }
  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++)
      if (keys[i] !== -1) {
        const j = this.slot(keys[i]);
        this.keys[j] = keys[i];
        this.values[j] = values[i];
      }
  }
}

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
  // A tag a hundredth of the archive carries says little about two articles.
  const tagCap = Math.max(10, Math.ceil(n / 100));
  const tagLists = postings(
    docs.map((d) => d.tags),
    tagCap,
  );
  // Word rarity over the whole archive, then each article's rarest shared words.
  const df = new Counts();
  const grams = docs.map((d) => bigrams(textOf(d.issue, d.index)));
  for (const g of grams) for (const k of g) df.add(k);
  const termCap = Math.max(3, Math.ceil(n * 0.002));
  const rare = grams.map((g) => {
    const kept = [...g].map((k) => [k, df.get(k)]).filter(([, c]) => c >= 2 && c <= termCap);
    return kept
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, TERMS_PER_DOC)
      .map(([k]) => k);
  });
  grams.length = 0;
  const termLists = postings(rare, termCap);

  // A shared tag, or two shared rare words: one common coincidence is not a relation.
  const enough = Math.min(idf(tagCap), 2 * TERM_WEIGHT * idf(termCap)) - 1e-9;
  const out = new Map<string, RelatedRef[]>();
  const score = new Float64Array(n);
  const touched: number[] = [];
  docs.forEach((d, doc) => {
    const add = (list: number[] | undefined, w: number) => {
      for (const other of list ?? []) {
        if (other === doc) continue;
        if (score[other] === 0) touched.push(other);
        score[other] += w;
      }
    };
    for (const t of d.tags) add(tagLists.get(t), idf(tagLists.get(t)?.length ?? n));
    for (const k of rare[doc]) add(termLists.get(k), TERM_WEIGHT * idf(termLists.get(k)?.length ?? n));
    const best = touched
      .filter((o) => score[o] >= enough)
      .sort((a, b) => score[b] - score[a] || a - b)
      .slice(0, max);
    for (const o of touched) score[o] = 0;
    touched.length = 0;
    if (!best.length) return;
    out.set(
      `${d.issue.issue.id}/${d.issue.articles[d.index].id}`,
      best.map((o) => {
        const r = docs[o];
        const a = r.issue.articles[r.index];
        return { i: r.issue.issue.id, a: a.id, t: a.title, d: r.issue.issue.date };
      }),
    );
  });
  return out;
}

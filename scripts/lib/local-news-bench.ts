/**
 * The local-news part of `npm run bench:tags`: tags of the 80 hand-labelled
 * articles, given the right split (each record fed as one article) or end to end
 * (laid-out issues in a folder, split by the loader, each record found again by
 * its text), scored per kind on the dev and held-out halves.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { buildContent } from "../../src/loader/build";
import { join } from "node:path";
import { extractTags, authorsOf } from "../../src/loader/tags/index";
import type { Taxonomy } from "../../src/loader/tags/topics";
import { issueFromText } from "../../src/loader/issue-from-text";
import type { Article } from "../../src/shared/contract";
import {
  nfkc,
  precision,
  recall,
  SCORED_KINDS,
  splitHalves,
  tally,
  type Got,
  type LocalRecord,
  type Tally,
  readLocalNews,
} from "./local-news";

export type Scores = Record<string, Record<(typeof SCORED_KINDS)[number], Tally>>;

/** The record as the loader's article: headline parts, the byline as printed, the paragraphs. */
export const asArticle = (r: LocalRecord) => ({
  kicker: r.kicker,
  title: r.title,
  subtitle: r.subtitle,
  byline: r.byline_raw || null,
  paragraphs: r.paragraphs,
});

const gotOf = (a: Pick<Article, "tags" | "authors">): Got => ({ ...a.tags, authors: a.authors });

/** Tags of each record given the right split. */
export function givenSplit(records: LocalRecord[], taxonomy: Taxonomy): Map<string, Got> {
  return new Map(
    records.map((r) => {
      const a = asArticle(r);
      const tags = extractTags(a, taxonomy, { publication: r.paper ?? r.paper_inferred });
      return [r.id, gotOf({ tags, authors: authorsOf(a.byline, a.paragraphs) })];
    }),
  );
}

const squeeze = (s: string) => nfkc(s).replace(/\s+/gu, "");

/**
 * Tags of each record found again in the loader's split of laid-out issues: `dir` is a content folder
 * (`issues/`, optionally `manifest.json` naming each file's paper), built as the site builds it, or a
 * folder of raw `.txt` issues.
 */
export function endToEnd(dir: string, records: LocalRecord[], taxonomy: Taxonomy): Map<string, Got> {
  const issues = existsSync(join(dir, "issues"))
    ? buildContent(dir).issues
    : readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => issueFromText(f, readFileSync(join(dir, f)), {}, taxonomy));
  const articles = issues
    .flatMap((f) => f.articles)
    .map((a) => ({ a, text: squeeze([a.kicker, a.title, a.subtitle, ...a.paragraphs].join("")) }));
  const out = new Map<string, Got>();
  for (const r of records) {
    // The article that holds most of the record's paragraphs (a prefix of each, as columns may break them).
    const keys = r.paragraphs.map((p) => squeeze(p).slice(0, 16)).filter((k) => k.length >= 6);
    let best: { a: Article; n: number } | null = null;
    for (const { a, text } of articles) {
      const n = keys.filter((k) => text.includes(k)).length;
      if (n > (best?.n ?? 0)) best = { a, n };
    }
    if (best && best.n * 2 >= keys.length) out.set(r.id, gotOf(best.a));
  }
  return out;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function localNewsScores(taxonomy: Taxonomy, issuesDir: string | null): { scores: Scores; lines: string[]; alien: number } {
  const records = readLocalNews();
  const { dev, heldOut } = splitHalves(records);
  const given = givenSplit(records, taxonomy);
  const scores: Scores = {
    "dev, given split": tally(dev, (r) => given.get(r.id)),
    "held-out, given split": tally(heldOut, (r) => given.get(r.id)),
  };
  if (issuesDir) {
    const e2e = endToEnd(issuesDir, records, taxonomy);
    scores["dev, end to end"] = tally(dev, (r) => e2e.get(r.id));
    scores["held-out, end to end"] = tally(heldOut, (r) => e2e.get(r.id));
  }
  const lines = [`local-news: ${dev.length} dev articles, ${heldOut.length} held-out articles (whole papers apart)`];
  for (const [name, s] of Object.entries(scores))
    for (const k of SCORED_KINDS) {
      const t = s[k];
      lines.push(
        `local-news ${name} ${k} (${t.tp + t.fn} labels): precision ${pct(precision(t))} (${t.fp} wrong), recall ${pct(recall(t))} (${t.fn} missed)`,
      );
    }
  // No tag may hold a character its article lacks.
  let alien = 0;
  for (const r of records) {
    const text = nfkc([r.kicker, r.title, r.subtitle, r.byline_raw, ...r.paragraphs].join(""));
    const g = given.get(r.id)!;
    for (const k of SCORED_KINDS)
      for (const t of g[k])
        if ([...nfkc(t)].some((c) => !text.includes(c))) {
          alien++;
          lines.push(`  ${r.id} ${k}: ${t}`);
        }
  }
  lines.push(`local-news tags with a character not in their article: ${alien}`);
  return { scores, lines, alien };
}

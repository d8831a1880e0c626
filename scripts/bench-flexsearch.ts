/**
 * `npm run bench:flexsearch`: FlexSearch 0.8 with its CJK charset, measured on
 * the corpus the way the search benchmark measures Kanbao's own index — why the
 * site does not use it for Chinese search. Same query set, same brute force.
 */
import { Index, Charset } from "flexsearch";
import { performance } from "node:perf_hooks";
import { readCorpus } from "./lib/corpus";
import { querySet } from "./lib/queries";
import { issuesFromExport } from "../src/loader/issue-from-export";
import { normalize } from "../src/shared/search/normalize";
import { parseQuery } from "../src/shared/search/query";

const stories = readCorpus();
const months = new Map<string, string[]>();
for (const s of stories) months.set(s.date.slice(0, 7), [...(months.get(s.date.slice(0, 7)) ?? []), JSON.stringify(s)]);
const issues = [...months].flatMap(([m, lines]) => issuesFromExport(`${m}.jsonl`, Buffer.from(lines.join("\n")), {}));
const articles = issues.flatMap((f) => f.articles);
const texts = articles.map((a) => normalize([a.kicker, a.title, a.subtitle, a.byline, ...a.paragraphs].filter(Boolean).join("\n")));

const index = new Index({ encoder: Charset.CJK, tokenize: "strict" });
const t0 = performance.now();
texts.forEach((t, i) => index.add(i, t));
const buildS = (performance.now() - t0) / 1000;
let exportBytes = 0;
await index.export((_key: string, data: string) => {
  exportBytes += Buffer.byteLength(data ?? "");
});

const queries = querySet(issues, 220, 7);
const score = (limit?: number) => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const q of queries) {
    const { terms } = parseQuery(q);
    const want = new Set(texts.flatMap((t, i) => (terms.every((term) => t.includes(term)) ? [i] : [])));
    const got = new Set(index.search(q, limit ? { limit } : undefined) as number[]);
    for (const d of got) {
      if (want.has(d)) tp++;
      else fp++;
    }
    for (const d of want) if (!got.has(d)) fn++;
  }
  return { recall: tp / (tp + fn || 1), precision: tp / (tp + fp || 1) };
};
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const byDefault = score();
const unlimited = score(articles.length);
console.log(
  `flexsearch (Charset.CJK) on ${articles.length} articles: build ${buildS.toFixed(1)} s, export ${(exportBytes / 1e6).toFixed(1)} MB of JSON`,
);
console.log(`  default limit: recall ${pct(byDefault.recall)}, precision ${pct(byDefault.precision)}`);
console.log(`  limit = all articles: recall ${pct(unlimited.recall)}, precision ${pct(unlimited.precision)}`);

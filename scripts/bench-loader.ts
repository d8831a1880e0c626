/**
 * `npm run bench:loader`: lay the shared corpus out as raw issues in the two seed
 * layouts (scripts/lib/seed-layouts.ts) and measure loader throughput; also how many
 * articles come out exactly as laid out (npm run bench:splitter has the full accuracy figures).
 * `--check` exits non-zero below the regression floor (3.5 MB/s) or above the tag share's (45%); `--limit N` uses the first N stories.
 * The tag share is timed in pairs (the loader, then tag extraction alone) by the process's CPU time, the
 * median of the pairs' shares: on a shared machine a neighbour's load then slows both sides of a pair
 * alike, where wall-clock medians taken minutes apart can differ by half (on a quiet machine the two agree).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { byIssue, readCorpus } from "./lib/corpus";
import { seedLayoutIssues } from "./lib/seed-layouts";
import { rows, Scores } from "./lib/score-split";
import { issueFromText } from "../src/loader/issue-from-text";
import { buildContent } from "../src/loader/build";
import { extractTags } from "../src/loader/tags/index";
import { finishTags } from "../src/loader/tags/finish";
import { loadTaxonomy } from "../src/loader/tags/topics";

// Goals: 5 MB/s, and tags adding at most 30%. Since the splitter is a model (features,
// Viterbi, max-marginals), a quiet 2-core machine measures about 4.4 MB/s: the goal is
// missed, and CI guards the measured level against regressions with a margin for noise.
// The tagger (one trie scan per article, names judged once per name) measured 36–39% by
// CPU time on a heavily loaded machine, where the code before it measured 66–70%: CI fails
// above 45%, a margin for noise. The README reports the figures.
const GOAL_MB_S = 5;
const FLOOR_MB_S = 3.5;
const TAG_GOAL = 30;
const TAG_BUDGET = 45;
const args = process.argv.slice(2);
const limitAt = args.indexOf("--limit");
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;

const stories = readCorpus(limit);
const issues = seedLayoutIssues(byIssue(stories), "both", 2026).map((i) => ({ ...i, bytes: Buffer.from(i.text, "utf8") }));
const totalBytes = issues.reduce((n, i) => n + i.bytes.length, 0);
const mb = totalBytes / 1e6;

const taxonomy = loadTaxonomy(join(import.meta.dirname, "..", "content"));
function timeInMemory(): number {
  const t0 = performance.now();
  finishTags(issues.map((i) => issueFromText(i.name, i.bytes, {}, taxonomy)));
  return (performance.now() - t0) / 1000;
}
timeInMemory(); // warm-up: JIT and regex compilation
// The loader in memory: decode, parse, tag, validate every issue, then the archive-wide name pass.
const runs = [timeInMemory(), timeInMemory(), timeInMemory()].sort((a, b) => a - b);
const seconds = runs[1];

// Tag extraction alone, on the same articles, with the archive-wide pass over known names:
// its share of the loader's time, from pairs of runs timed by CPU time (see above).
const parsedIssues = issues.map((i) => issueFromText(i.name, i.bytes, {}, taxonomy));
const parsedArticles = parsedIssues.flatMap((f) => f.articles);
const cpuSeconds = (run: () => void) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000 };
};
const tagRun = () => {
  for (const a of parsedArticles) extractTags(a, taxonomy);
  finishTags(parsedIssues);
};
const loaderRun = () => finishTags(issues.map((i) => issueFromText(i.name, i.bytes, {}, taxonomy)));
tagRun();
const pairs = [0, 1, 2].map(() => ({ loader: cpuSeconds(loaderRun), tags: cpuSeconds(tagRun) }));
const shareOf = (tag: number, loader: number) => (100 * tag) / (loader - tag);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
const tagShare = median(pairs.map((p) => shareOf(p.tags.cpu, p.loader.cpu)));
const tagShareWall = median(pairs.map((p) => shareOf(p.tags.wall, p.loader.wall)));
const tagSeconds = median(pairs.map((p) => p.tags.wall));

// The whole build with file reads, as `npm run build` does it.
const dir = join(".tmp", "bench-loader");
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, "issues"), { recursive: true });
for (const i of issues) writeFileSync(join(dir, "issues", i.name), i.bytes);
const t0 = performance.now();
const build = buildContent(dir);
const buildSeconds = (performance.now() - t0) / 1000;

// Exactness against the laid-out truth, per layout.
const exact: Record<string, Scores> = {};
for (const i of issues) {
  const f = build.issues.find((x) => x.issue.source === i.name);
  (exact[i.layout] ??= new Scores()).score(i, { articles: f?.articles ?? [] });
}

const result = {
  stories: stories.length,
  issues: issues.length,
  megabytes: Number(mb.toFixed(2)),
  parseSeconds: Number(seconds.toFixed(3)),
  mbPerSecond: Number((mb / seconds).toFixed(2)),
  buildSeconds: Number(buildSeconds.toFixed(3)),
  buildMbPerSecond: Number((mb / buildSeconds).toFixed(2)),
  problems: build.problems.length,
  tagSeconds: Number(tagSeconds.toFixed(3)),
  tagShareOfLoader: `${tagShare.toFixed(0)}% added by tag extraction (CPU time; ${tagShareWall.toFixed(0)}% by wall-clock time)`,
  tagSharePerPair: pairs.map((p) => `${shareOf(p.tags.cpu, p.loader.cpu).toFixed(0)}%`),
  exactByLayout: Object.fromEntries(Object.entries(exact).map(([k, v]) => [k, rows(v)[0].exact])),
};
console.log(JSON.stringify(result, null, 2));
console.log(
  `loader: ${result.megabytes} MB of raw issues (${result.issues} issues, ${result.stories} stories) parsed in ${result.parseSeconds} s = ${result.mbPerSecond} MB/s in memory; whole build with file reads ${result.buildSeconds} s = ${result.buildMbPerSecond} MB/s (goal ≥ ${GOAL_MB_S} MB/s, CI fails below ${FLOOR_MB_S})`,
);
console.log(
  `tags: ${result.tagSeconds} s for ${parsedArticles.length} articles, ${result.tagShareOfLoader} to the loader without them (goal ≤ ${TAG_GOAL}%, CI fails above ${TAG_BUDGET}%)`,
);
if (args.includes("--check") && (Math.min(result.mbPerSecond, result.buildMbPerSecond) < FLOOR_MB_S || tagShare > TAG_BUDGET)) {
  console.error(`bench:loader: below the regression floor (≥ ${FLOOR_MB_S} MB/s, tags ≤ ${TAG_BUDGET}%)`);
  process.exit(1);
}

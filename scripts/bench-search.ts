/**
 * `npm run bench:search [-- --sizes 2000,10000,all] [--check]`: build the site from
 * the first N stories of the shared corpus and measure the search: index build
 * time and size, bytes fetched, warm latency in Node and in Chromium (early and
 * late in a session), keystroke-to-results time, and recall and precision
 * against brute-force substring search. `--check` fails on a missed goal.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { build as viteBuild } from "vite";
import { chromium } from "playwright-core";
import { readCorpus, type Story } from "./lib/corpus";
import { querySet } from "./lib/queries";
import { buildContent } from "../src/loader/build";
import { buildSearchIndex, searchDocs } from "../src/loader/search-index";
import { diskEngine, inflate } from "../src/loader/node-search";
import { Facets } from "../src/shared/search/facets";
import { answer } from "../src/app/search/answer";
import { normalize } from "../src/shared/search/normalize";
import { parseQuery } from "../src/shared/search/query";
import type { IssueFile } from "../src/shared/contract";
import { TYPING_PAUSE_MS } from "../src/app/search/typing-pause";
import { KEPT_LISTS } from "../src/app/search/kept-lists";
import { ROOT, CHROMIUM, CHROMIUM_FLAGS, serveSite } from "./lib/serve-dist";
import { measureChurn } from "./lib/index-churn";

const GOALS = { coldKb: 100, laterMedianKb: 30, snippetsKb: 15, warmP95ChromiumMs: 5, screenMs: 50, indexMb: 30, buildS: 40 };
const args = process.argv.slice(2);
const sizesArg = args[args.indexOf("--sizes") + 1];
const sizes = args.includes("--sizes") ? sizesArg.split(",").map((s) => (s === "all" ? Infinity : Number(s))) : [2000, 10000, Infinity];
const QUERIES = 220;
/** Results on screen: what the page ranks. */
const PAGE = 10;
/** Queries the issue names: a one-character query with hits everywhere, a phrase with a space inside. */
const PROBES = ["日", '"高质量 发展"'];
const EXTRA = 600;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const kb = (b: number) => Number((b / 1024).toFixed(1));
const ms = (x: number) => Number(x.toFixed(2));

/** The first `n` stories; past the corpus, copies of it shifted back by 4 years each (the corpus spans 4), with their own ids. */
function stories(all: Story[], n: number): Story[] {
  const out: Story[] = all.slice(0, n);
  for (let copy = 1; out.length < n; copy++) {
    const shift = (d: string) => `${Number(d.slice(0, 4)) - 4 * copy}${d.slice(4)}`;
    for (const s of all) {
      if (out.length >= n) break;
      out.push({ ...s, id: `${s.id}-r${copy}`, issue: `${s.issue}-r${copy}`, date: shift(s.date) });
    }
  }
  return out;
}

function writeContent(stories: Story[], dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "issues"), { recursive: true });
  const byMonth = new Map<string, string[]>();
  for (const s of stories) byMonth.set(s.date.slice(0, 7), [...(byMonth.get(s.date.slice(0, 7)) ?? []), JSON.stringify(s)]);
  for (const [m, lines] of byMonth) writeFileSync(join(dir, "issues", `${m}.jsonl`), lines.join("\n"));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** Every article's fields, normalised once (brute force runs over them for every query). */
const normalised = new WeakMap<IssueFile[], string[][]>();
function bruteForce(issues: IssueFile[], q: string): Set<number> {
  const { terms } = parseQuery(q);
  const out = new Set<number>();
  let fields = normalised.get(issues);
  if (!fields) {
    fields = searchDocs(issues).map(({ article: a }) =>
      [a.kicker, a.title, a.subtitle, a.byline, ...a.paragraphs].filter((f): f is string => !!f).map(normalize),
    );
    normalised.set(issues, fields);
  }
  fields.forEach((fs, doc) => {
    if (terms.length && terms.every((t) => fs.some((f) => f.includes(t)))) out.add(doc);
  });
  return out;
}

async function measureNode(site: string, issues: IssueFile[], queries: string[], extra: string[]) {
  // Recall and precision against brute force.
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exactQueries = 0;
  const check = diskEngine(site);
  for (const q of queries) {
    const got = new Set((await check.search(q, 0)).docs);
    const want = bruteForce(issues, q);
    let ok = got.size === want.size;
    for (const d of got)
      if (want.has(d)) tp++;
      else {
        fp++;
        ok = false;
      }
    for (const d of want) if (!got.has(d)) fn++;
    if (ok) exactQueries++;
  }
  // Bytes: a cold first query (fresh engine each), later distinct queries and snippets in one session.
  const cold: number[] = [];
  for (const q of queries.slice(0, 60)) {
    let bytes = 0;
    const e = diskEngine(site, (p, n) => (bytes += p.includes("/f/") ? 0 : n));
    await e.search(q, PAGE);
    cold.push(bytes);
  }
  // Every query cold, counting all it fetches to match (article texts too, but not snippets): the most expensive ones.
  const perQuery: { q: string; kb: number; files: number; texts: number }[] = [];
  for (const q of [...queries, ...PROBES]) {
    let bytes = 0;
    let files = 0;
    let texts = 0;
    const e = diskEngine(site, (p, n) => {
      bytes += n;
      files++;
      if (p.includes("/f/")) texts++;
    });
    await e.search(q, PAGE);
    perQuery.push({ q, kb: kb(bytes), files, texts });
  }
  const later: number[] = [];
  const snippets: number[] = [];
  let current = { index: 0, frag: 0 };
  const session = diskEngine(site, (p, n) => (p.includes("/f/") ? (current.frag += n) : (current.index += n)));
  for (const q of queries) {
    current = { index: 0, frag: 0 };
    const r = await session.search(q, PAGE);
    const idx = current.index;
    await Promise.all(r.hits.map((h) => session.fragment(h.doc)));
    later.push(idx);
    if (r.hits.length) snippets.push(current.frag);
  }
  // Warm latency: every part loaded, early in the session and after many more queries.
  const warm = async () => {
    const t: number[] = [];
    for (const q of queries) {
      const t0 = performance.now();
      await session.search(q, PAGE);
      t.push(performance.now() - t0);
    }
    return t;
  };
  const early = await warm();
  for (const q of extra) await session.search(q, PAGE);
  const late = await warm();
  const probeMs: Record<string, number> = {};
  for (const q of PROBES) {
    const t: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      await session.search(q, PAGE);
      t.push(performance.now() - t0);
    }
    probeMs[q] = ms(pct(t, 50));
  }
  // CPU time of what the worker runs for a request (match, rank, panel counts, timeline), every part loaded:
  // unlike wall-clock time, it does not grow when other processes share the cores.
  const facets = new Facets(session.data);
  const request = (q: string) => answer(session, facets, { q, tags: [], facets: true, timeline: true }, PAGE);
  for (const q of queries) await request(q);
  const cpuMs = async (qs: string[], reps: number) => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < reps; i++) for (const q of qs) await request(q);
    const c = process.cpuUsage(c0);
    return ms((c.user + c.system) / 1000 / reps / qs.length);
  };
  const workerCpuMs = {
    mean: await cpuMs(queries, 5),
    ...Object.fromEntries(await Promise.all(PROBES.map(async (q) => [q, await cpuMs([q], 40)]))),
  };
  const top = perQuery
    .filter((p) => !PROBES.includes(p.q))
    .sort((a, b) => b.kb - a.kb)
    .slice(0, 20);
  return {
    recall: tp + fn ? tp / (tp + fn) : 1,
    precision: tp + fp ? tp / (tp + fp) : 1,
    exactQueries,
    coldIndexKb: { median: kb(pct(cold, 50)), p95: kb(pct(cold, 95)) },
    laterKb: { median: kb(pct(later.slice(1), 50)), p95: kb(pct(later.slice(1), 95)) },
    snippetsKb: { median: kb(pct(snippets, 50)), p95: kb(pct(snippets, 95)) },
    nodeWarmMs: { early: { p50: ms(pct(early, 50)), p95: ms(pct(early, 95)) }, late: { p50: ms(pct(late, 50)), p95: ms(pct(late, 95)) } },
    probes: PROBES.map((q) => ({ ...perQuery.find((p) => p.q === q)!, nodeWarmMs: probeMs[q] })),
    workerCpuMs,
    top20ColdKb: { total: kb(top.reduce((n, t) => n + t.kb * 1024, 0)), queries: top },
  };
}

/**
 * In the page: type `q` into the search box; resolve with ms until its results are in the DOM, and the worker's own ms.
 * A new query comes after a pause, as a reader's does: the box sends it at once (keystrokes closer together wait for the pause).
 */
const IN_PAGE_QUERY = `async (q) => {
  await new Promise((r) => setTimeout(r, ${TYPING_PAUSE_MS}));
  const input = document.getElementById("site-search");
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const t0 = performance.now();
  setter.call(input, q);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  return await new Promise((resolve) => {
    let obs;
    const done = (changed) => {
      const s = document.querySelector("section[data-done-q]");
      if (s && s.dataset.doneQ === q && s.getAttribute("aria-busy") !== "true") {
        if (obs) obs.disconnect();
        resolve([performance.now() - t0, Number(s.dataset.workerMs)]);
        return true;
      }
      // A search that fails shows an alert: no figure, but no hang either.
      if (changed && document.querySelector("section[aria-labelledby=results-title] [role=alert]")) {
        if (obs) obs.disconnect();
        resolve([NaN, NaN]);
        return true;
      }
      return false;
    };
    if (!done(false)) {
      obs = new MutationObserver(() => done(true));
      obs.observe(document.body, { subtree: true, attributes: true, childList: true });
    }
  });
}`;

async function measureChromium(site: string, queries: string[], extra: string[]) {
  const { server, url } = await serveSite(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const homeScripts = new Set<string>();
    const searchCode: number[] = [];
    let phase: "home" | "search" = "home";
    page.on("response", async (r) => {
      if (r.request().resourceType() !== "script" || r.status() !== 200) return;
      const name = new URL(r.url()).pathname;
      if (phase === "home") homeScripts.add(name);
      else if (!homeScripts.has(name)) searchCode.push(gzipSync(await r.body(), { level: 9 }).length);
    });
    await page.goto(url);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    phase = "search";
    // One query through the page: returns ms from the input event to results in the DOM, and the worker's own ms.
    // Written as a string: tsx would wrap named functions in a helper the page does not have.
    const run = (q: string) => page.evaluate(`(${IN_PAGE_QUERY})(${JSON.stringify(q)})`) as Promise<[number, number]>;
    await run(queries[0]);
    await page.waitForLoadState("networkidle");
    const codeKb = kb(searchCode.reduce((a, b) => a + b, 0));
    for (const q of queries) await run(q);
    const pass = async () => {
      const screen: number[] = [];
      const worker: number[] = [];
      for (const q of queries) {
        const [s, w] = await run(q);
        screen.push(s);
        worker.push(w);
      }
      return { screen, worker };
    };
    const early = await pass();
    for (const q of extra) await run(q);
    const late = await pass();
    const probes: Record<string, number> = {};
    for (const q of PROBES) {
      const w: number[] = [];
      // Past the page's memory of recent lists between runs, so each run is a new request to the worker
      // (a list the page remembers shows the worker's time of its first run, bucket fetches included).
      for (let i = 0; i < 7; i++) {
        for (let j = 0; j <= KEPT_LISTS; j++) await run(queries[(i * (KEPT_LISTS + 1) + j) % queries.length]);
        w.push((await run(q))[1]);
      }
      probes[q] = ms(pct(w, 50));
    }
    const sum = (x: { screen: number[]; worker: number[] }) => ({
      p50: ms(pct(x.worker, 50)),
      p95: ms(pct(x.worker, 95)),
      screenP50: ms(pct(x.screen, 50)),
      screenP95: ms(pct(x.screen, 95)),
    });
    return { searchCodeKb: codeKb, chromiumWarmMs: { early: sum(early), late: sum(late) }, chromiumProbeMs: probes };
  } finally {
    await browser.close();
    await server.close();
  }
}

const all = readCorpus();
const report: string[] = [];
const rows: { articles: number; metrics: Record<string, number> }[] = [];
const failures: string[] = [];
for (const size of sizes) {
  const chosen = stories(all, size === Infinity ? all.length : size);
  const n = chosen.length;
  const work = join(ROOT, ".tmp", "bench-search", String(n));
  const content = join(work, "content");
  const site = join(work, "dist");
  writeContent(chosen, content);
  const loaded = buildContent(content);
  const t0 = performance.now();
  buildSearchIndex(loaded.issues);
  const buildS = (performance.now() - t0) / 1000;
  process.env.KANBAO_CONTENT = content;
  const b0 = performance.now();
  await viteBuild({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), build: { outDir: site, emptyOutDir: true }, logLevel: "error" });
  const siteS = (performance.now() - b0) / 1000;
  let rawIndex = 0;
  let diskIndex = 0;
  let rawFrag = 0;
  let diskFrag = 0;
  for (const f of walk(join(site, "data", "search"))) {
    const disk = readFileSync(f);
    const raw = inflate(disk).length;
    if (relative(site, f).includes("/f/")) {
      rawFrag += raw;
      diskFrag += disk.length;
    } else {
      rawIndex += raw;
      diskIndex += disk.length;
    }
  }
  const queries = querySet(loaded.issues, QUERIES, 7);
  const extra = querySet(loaded.issues, QUERIES + EXTRA, 99)
    .filter((q) => !queries.includes(q))
    .slice(0, EXTRA);
  const node = await measureNode(site, loaded.issues, queries, extra);
  const churn = measureChurn(chosen, content, site, work);
  const chrome = await measureChromium(site, queries, extra);
  const row = {
    articles: n,
    queries: queries.length,
    indexBuildS: Number(buildS.toFixed(1)),
    siteBuildS: Number(siteS.toFixed(1)),
    indexMb: { raw: Number((rawIndex / 1e6).toFixed(1)), gzipOnDisk: Number((diskIndex / 1e6).toFixed(1)) },
    fragmentsMb: { raw: Number((rawFrag / 1e6).toFixed(1)), gzipOnDisk: Number((diskFrag / 1e6).toFixed(1)) },
    ...node,
    coldFirstQueryKb: {
      median: Number((node.coldIndexKb.median + chrome.searchCodeKb).toFixed(1)),
      p95: Number((node.coldIndexKb.p95 + chrome.searchCodeKb).toFixed(1)),
    },
    ...chrome,
    churn,
  };
  const r = row;
  rows.push({
    articles: n,
    metrics: {
      "index build s": r.indexBuildS,
      "site build s": r.siteBuildS,
      "cold first query KB": r.coldFirstQueryKb.median,
      "later query KB": r.laterKb.median,
      "Chromium warm p95 ms": r.chromiumWarmMs.late.p95,
      "Node warm p95 ms": r.nodeWarmMs.late.p95,
      "worker CPU ms per query (mean)": r.workerCpuMs.mean,
      ...Object.fromEntries(PROBES.map((q) => [`${q} worker CPU ms`, r.workerCpuMs[q]])),
      ...Object.fromEntries(PROBES.map((q) => [`${q} warm ms (Chromium)`, r.chromiumProbeMs[q]])),
    },
  });
  report.push(
    `search @ ${r.articles}: build ${r.indexBuildS} s (site ${r.siteBuildS} s), index ${r.indexMb.gzipOnDisk} MB (raw ${r.indexMb.raw}), cold ${r.coldFirstQueryKb.median} KB, later ${r.laterKb.median} KB, snippets ${r.snippetsKb.median} KB, Chromium warm p95 ${r.chromiumWarmMs.early.p95}→${r.chromiumWarmMs.late.p95} ms, on screen p50 ${r.chromiumWarmMs.early.screenP50} ms, worker CPU ${r.workerCpuMs.mean} ms per query, recall ${(r.recall * 100).toFixed(1)}% precision ${(r.precision * 100).toFixed(1)}%, 20 costliest cold queries ${r.top20ColdKb.total} KB, one newer issue (${r.churn.articlesAdded} articles) rewrites ${r.churn.newerIssue.writtenFiles} of ${r.churn.newerIssue.filesBefore} files (${r.churn.newerIssue.writtenKb} KB), an older one ${r.churn.olderIssue.writtenFiles}, ${r.probes.map((p) => `${p.q} ${p.kb} KB ${p.files} files (${p.texts} texts) warm ${r.chromiumProbeMs[p.q]} ms (CPU ${r.workerCpuMs[p.q]} ms)`).join(", ")}`,
  );
  console.log(JSON.stringify(row, null, 2));
  {
    // The goals are set for the whole corpus; smaller archives must meet them too.
    const g = GOALS;
    const miss = (cond: boolean, what: string) => cond || failures.push(`${n} articles: ${what}`);
    miss(row.recall === 1 && row.precision === 1, `recall ${row.recall} / precision ${row.precision} < 100%`);
    miss(row.coldFirstQueryKb.median <= g.coldKb, `cold first query ${row.coldFirstQueryKb.median} KB > ${g.coldKb}`);
    miss(row.laterKb.median <= g.laterMedianKb, `later queries ${row.laterKb.median} KB > ${g.laterMedianKb}`);
    miss(row.snippetsKb.median <= g.snippetsKb, `snippets ${row.snippetsKb.median} KB > ${g.snippetsKb}`);
    miss(
      row.chromiumWarmMs.late.p95 <= g.warmP95ChromiumMs,
      `Chromium warm p95 late ${row.chromiumWarmMs.late.p95} ms > ${g.warmP95ChromiumMs}`,
    );
    miss(row.chromiumWarmMs.early.screenP50 <= g.screenMs, `results on screen ${row.chromiumWarmMs.early.screenP50} ms > ${g.screenMs}`);
    miss(row.indexMb.gzipOnDisk <= g.indexMb, `index ${row.indexMb.gzipOnDisk} MB > ${g.indexMb}`);
    miss(row.indexBuildS <= g.buildS, `index build ${row.indexBuildS} s > ${g.buildS}`);
  }
}
// Growth from one size to the next, beside the archive's own: none should grow faster.
for (let i = 1; i < rows.length; i++) {
  const [a, b] = [rows[i - 1], rows[i]];
  const growth = Object.keys(a.metrics).map((k) => `${k} ×${(b.metrics[k] / a.metrics[k]).toFixed(2)}`);
  report.push(`growth ${a.articles} → ${b.articles} articles (×${(b.articles / a.articles).toFixed(2)}): ${growth.join(", ")}`);
}
console.log(report.join("\n"));
if (failures.length) {
  console.error(`bench:search: goals missed: ${failures.join("; ")}`);
  if (args.includes("--check")) process.exit(1);
}

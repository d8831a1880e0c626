/** Home's first-load bytes and time to interactive at several archive sizes (part of `npm run bench:site`). */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { build as viteBuild } from "vite";
import { chromium } from "playwright-core";
import { readCorpus } from "./corpus";
import { issuesOf, writeArchive } from "./archive-sizes";
import { measureHome, type HomeLoad } from "./home-load";
import { CHROMIUM, CHROMIUM_FLAGS, ROOT, serveSite } from "./serve-dist";

export const HOME_KB_BUDGET = 150;
export const HOME_TTI_BUDGET_MS = 2000;
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Build a site of `issues` issues into .tmp, serve it, load home `RUNS` times; the median run by time. */
async function measureSize(issues: number): Promise<{ issues: number; buildS: number; load: HomeLoad }> {
  const work = join(ROOT, ".tmp", "bench-site", String(issues));
  const content = join(work, "content");
  const site = join(work, "dist");
  writeArchive(content, issuesOf(readCorpus(), issues));
  const before = process.env.KANBAO_CONTENT;
  process.env.KANBAO_CONTENT = content;
  const t0 = performance.now();
  try {
    await viteBuild({
      root: ROOT,
      configFile: join(ROOT, "vite.config.ts"),
      build: { outDir: site, emptyOutDir: true },
      logLevel: "error",
    });
  } finally {
    if (before === undefined) delete process.env.KANBAO_CONTENT;
    else process.env.KANBAO_CONTENT = before;
  }
  const buildS = (performance.now() - t0) / 1000;
  const { server, url } = await serveSite(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const runs: HomeLoad[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureHome(browser, url));
    const mid = median(runs.map((r) => r.ttiMs));
    return { issues, buildS, load: runs.find((r) => r.ttiMs === mid)! };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `--sizes a,b,c` (default 225,1460,10000): print a line per size; return the budgets missed. */
export async function benchArchiveSizes(args: string[]): Promise<string[]> {
  const at = args.indexOf("--sizes");
  const sizes = at >= 0 ? args[at + 1].split(",").map(Number) : [225, 1460, 10000];
  const failures: string[] = [];
  for (const n of sizes) {
    const { issues, buildS, load } = await measureSize(n);
    const types = Object.entries(load.byType)
      .sort((a, b) => b[1] - a[1])
      .map(([t, kb]) => `${t} ${kb.toFixed(1)}`)
      .join(", ");
    console.log(
      `home at ${issues} issues: ${load.kb.toFixed(1)} KB gzip in ${load.requests} requests (${types}); app ready ${load.appMs.toFixed(0)} ms, ` +
        `time to interactive ${load.ttiMs.toFixed(0)} ms at 4× CPU slowdown (budgets ≤ ${HOME_KB_BUDGET} KB, ≤ ${HOME_TTI_BUDGET_MS} ms); site build ${buildS.toFixed(1)} s`,
    );
    if (load.kb > HOME_KB_BUDGET) failures.push(`home at ${issues} issues: ${load.kb.toFixed(1)} KB > ${HOME_KB_BUDGET} KB`);
    if (load.ttiMs > HOME_TTI_BUDGET_MS)
      failures.push(`home at ${issues} issues: time to interactive ${load.ttiMs.toFixed(0)} ms > ${HOME_TTI_BUDGET_MS} ms`);
  }
  return failures;
}

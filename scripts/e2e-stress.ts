/**
 * The e2e suite, again and again, on a machine kept busy: `npm run test:stress [-- --runs 10 --no-load]`.
 * Builds the site once, starts one busy-loop thread per core in another process, runs the
 * Vitest project `e2e` `--runs` times in a row, and prints the failures per run and in total
 * (goal 0). Exits 1 when any test failed.
 */
import { spawn, spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const ROOT = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 10;
const load = !args.includes("--no-load");

interface JsonReport {
  numFailedTests: number;
  numTotalTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

/** One process, a busy thread per core: the load the tests must not notice. */
function startLoad(threads: number) {
  const code = `const { Worker } = require("node:worker_threads");
for (let i = 0; i < ${threads}; i++) new Worker("for (;;) {}", { eval: true });`;
  return spawn(process.execPath, ["-e", code], { stdio: "ignore" });
}

const firstLine = (s: string) => s.split("\n").find((l) => l.trim()) ?? "";

function failures(report: JsonReport): string[] {
  const out: string[] = [];
  for (const file of report.testResults) {
    const name = file.name.replace(`${ROOT}/`, "");
    for (const t of file.assertionResults)
      if (t.status === "failed") out.push(`${name} > ${t.fullName}: ${firstLine(t.failureMessages[0] ?? "")}`);
    // A file that failed outside its tests (a hook, an import) has no failed test to show for it.
    if (file.status === "failed" && !file.assertionResults.some((t) => t.status === "failed"))
      out.push(`${name}: ${firstLine(file.message ?? "failed")}`);
  }
  return out;
}

// A build of its own, so that building dist/ meanwhile changes nothing under test.
const dir = mkdtempSync(join(tmpdir(), "kanbao-stress-"));
const dist = join(dir, "dist");
const build = spawnSync("npx", ["vite", "build", "--logLevel", "error", "--outDir", dist, "--emptyOutDir"], {
  cwd: ROOT,
  stdio: ["ignore", "ignore", "inherit"],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const cores = availableParallelism();
const loader = load ? startLoad(cores) : null;
const perRun: number[] = [];
let tests = 0;
const t0 = performance.now();
try {
  for (let i = 1; i <= runs; i++) {
    const out = join(dir, `run-${i}.json`);
    const r0 = performance.now();
    spawnSync("npx", ["vitest", "run", "--project", "e2e", "--reporter=json", `--outputFile=${out}`], {
      cwd: ROOT,
      env: { ...process.env, KANBAO_E2E_DIST: dist },
      stdio: ["ignore", "ignore", "ignore"],
    });
    const s = ((performance.now() - r0) / 1000).toFixed(0);
    let report: JsonReport;
    try {
      report = JSON.parse(readFileSync(out, "utf8")) as JsonReport;
    } catch {
      perRun.push(1);
      console.log(`run ${i}/${runs}: no report (vitest crashed) in ${s} s`);
      continue;
    }
    const failed = failures(report);
    tests = Math.max(tests, report.numTotalTests);
    perRun.push(failed.length);
    console.log(`run ${i}/${runs}: ${failed.length} failed of ${report.numTotalTests} in ${s} s`);
    for (const f of failed) console.log(`  ✗ ${f}`);
  }
} finally {
  loader?.kill();
  rmSync(dir, { recursive: true, force: true });
}
const total = perRun.reduce((a, b) => a + b, 0);
const min = ((performance.now() - t0) / 60_000).toFixed(1);
console.log(
  `e2e stress: ${total} failure(s) in ${runs} runs of ${tests} tests (${perRun.join(", ")}), ${load ? `${cores} busy threads alongside` : "no extra load"}, ${min} min`,
);
process.exit(total ? 1 : 0);

/**
 * `npm run cv:splitter`: the splitter cross-validated over all 80 local-news records. The bench's
 * held-out quarter is 20 records laid out again and again, so one hard record weighs in every issue
 * it stands in; here each quarter is held out in turn (KANBAO_FOLD, scripts/lib/gen/local-news.ts):
 * fit on the other three (`fit:splitter`'s settings), measure on the held-out one (`bench:splitter`),
 * and print each fold and the mean. The committed weights (fold 0) are put back at the end.
 *
 * Slow (four fits: 5 minutes on this project's 2-core machine); for deciding model changes, not for CI.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Row } from "./lib/score-split";

const root = join(import.meta.dirname, "..");
const weightsFile = join(root, "src", "loader", "split", "weights.ts");
const fitArgs = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts[
  "fit:splitter"
]
  .split(" ")
  .slice(2);

/** One set of `bench:splitter --json`. */
interface SetRow {
  name: string;
  rows: Row[];
}

function run(script: string, args: string[], fold: number): string {
  const r = spawnSync("npx", ["tsx", join("scripts", script), ...args], {
    cwd: root,
    env: { ...process.env, KANBAO_FOLD: String(fold) },
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`${script} (fold ${fold}) failed: ${r.stderr.trim().split("\n").pop()}`);
  return r.stdout;
}

const kept = readFileSync(weightsFile, "utf8");
const folds: { seeds: string; sets: SetRow[] }[] = [];
try {
  for (let fold = 0; fold < 4; fold++) {
    run("fit-splitter.ts", fitArgs, fold);
    const r = JSON.parse(run("bench-splitter.ts", ["--json"], fold)) as { seeds: string; sets: SetRow[] };
    folds.push(r);
    const cells = r.sets.map((s) => `${s.name}: ${(100 * s.rows[0].exactShare).toFixed(1)}% exact, F1 ${s.rows[0].paragraphF1}`);
    console.log(`fold ${fold}: seeds ${r.seeds}; ${cells.join("; ")}`);
  }
} finally {
  writeFileSync(weightsFile, kept);
}
const names = folds[0].sets.map((s) => s.name);
names.forEach((name, k) => {
  const mean = (f: (s: SetRow) => number) => folds.reduce((n, r) => n + f(r.sets[k]), 0) / folds.length;
  const exact = mean((s) => s.rows[0].exactShare);
  const f1 = mean((s) => s.rows[0].paragraphF1);
  const doubts = mean((s) => s.rows[0].doubtsPer100);
  console.log(`mean of 4 folds, ${name}: ${(100 * exact).toFixed(1)}% exact, F1 ${f1.toFixed(4)}, ${doubts.toFixed(1)} doubts per 100`);
});

/** `npm run content -- [--strict] [--out DIR]`: run the loader alone and write the data files. */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildContent, dataFiles, summary } from "../build";
import { DATA_DIR } from "../../shared/contract";

const args = process.argv.slice(2);
const strict = args.includes("--strict") || process.env.KANBAO_STRICT === "1";
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args[outAt + 1] : ".tmp/site";

const build = buildContent();
console.error(summary(build));
rmSync(join(out, DATA_DIR), { recursive: true, force: true });
for (const [path, json] of dataFiles(build)) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), json);
}
if (strict && build.problems.length) {
  console.error(`kanbao: --strict: ${build.problems.length} problem(s) in the content`);
  process.exit(1);
}

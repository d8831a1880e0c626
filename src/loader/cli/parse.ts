/** `npm run -s parse -- FILE`: one issue's parse as JSON on stdout, for editors checking a file. */
import { existsSync, realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { contentRoot, issuesDir } from "../content";
import { loadManifest } from "../manifest";
import { loadSource } from "../build";
import { loadTopics } from "../topics-file";
import type { Problem } from "../config-file";
import { loadCorrections, type Correction } from "../corrections";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run -s parse -- FILE");
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(2);
}
// A file inside the content folder gets its manifest entry; any other file is parsed bare.
const root = contentRoot();
const rel = relative(resolve(issuesDir(root)), resolve(file))
  .split(sep)
  .join("/");
const inside = !rel.startsWith("..") && !rel.startsWith("/");
const manifest = loadManifest(root);
const meta = inside ? manifest.lookup(rel) : {};
// Topics come from the content folder's taxonomy, for any file.
const problems: Problem[] = [...manifest.problems];
const taxonomy = loadTopics(root, problems);
for (const p of problems) console.error(`${p.file}: ${p.reason}`);
let corrections: Correction[] = [];
try {
  corrections = inside ? loadCorrections(root).for(rel) : [];
} catch (e) {
  console.error((e as Error).message);
}
const result = loadSource(inside ? rel : file.split(/[\\/]/u).pop()!, realpathSync(file), meta, taxonomy, corrections);
if ("reason" in result) {
  console.error(`${file}: ${result.reason}`);
  process.exit(1);
}
for (const p of result.problems) console.error(`${file}: ${p.reason}`);
const show = ({ file: { issue, articles, noise, warnings } }: (typeof result.built)[number]) => ({ issue, articles, noise, warnings });
const issues = result.built;
process.stdout.write(JSON.stringify(issues.length === 1 ? show(issues[0]) : { issues: issues.map(show) }, null, 2) + "\n");

/** `npm run -s parse -- FILE`: one issue's parse as JSON on stdout, for editors checking a file. */
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { contentRoot, issuesDir } from "../content";
import { loadManifest } from "../manifest";
import { loadSource } from "../build";
import { loadTaxonomy, type Taxonomy } from "../tags/topics";
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
let meta = {};
let taxonomy: Taxonomy = { topics: [] };
let corrections: Correction[] = [];
try {
  meta = inside ? loadManifest(root).lookup(rel) : {};
  corrections = inside ? loadCorrections(root).for(rel) : [];
  // Topics come from the content folder's taxonomy, for any file.
  taxonomy = loadTaxonomy(root);
} catch (e) {
  console.error((e as Error).message);
}
const result = loadSource(inside ? rel : file.split(/[\\/]/u).pop()!, file, meta, taxonomy, corrections);
if (!Array.isArray(result)) {
  console.error(`${file}: ${result.reason}`);
  process.exit(1);
}
const show = ({ issue, articles, noise, warnings }: (typeof result)[number]) => ({ issue, articles, noise, warnings });
process.stdout.write(JSON.stringify(result.length === 1 ? show(result[0]) : { issues: result.map(show) }, null, 2) + "\n");

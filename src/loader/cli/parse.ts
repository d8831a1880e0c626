/** `npm run -s parse -- FILE`: one issue's parse as JSON on stdout, for editors checking a file. */
import { realpathSync } from "node:fs";
import { issueFileArg } from "./issue-file-arg";
import { loadManifest } from "../manifest";
import { loadSource } from "../build";
import { loadTopics } from "../topics-file";
import type { Problem } from "../config-file";

// A file inside the content folder gets its manifest entry and corrections; any other file is parsed bare.
const { file, root, rel, inside, corrections } = issueFileArg(process.argv[2], "npm run -s parse -- FILE");
const manifest = loadManifest(root);
const meta = inside ? manifest.lookup(rel) : {};
// Topics come from the content folder's taxonomy, for any file.
const problems: Problem[] = [...manifest.problems];
const taxonomy = loadTopics(root, problems);
for (const p of problems) console.error(`${p.file}: ${p.reason}`);
const result = loadSource(inside ? rel : file.split(/[\\/]/u).pop()!, realpathSync(file), meta, taxonomy, corrections);
if ("reason" in result) {
  console.error(`${file}: ${result.reason}`);
  process.exit(1);
}
for (const p of result.problems) console.error(`${file}: ${p.reason}`);
const show = ({ file: { issue, articles, noise, warnings } }: (typeof result.built)[number]) => ({ issue, articles, noise, warnings });
const issues = result.built;
process.stdout.write(JSON.stringify(issues.length === 1 ? show(issues[0]) : { issues: issues.map(show) }, null, 2) + "\n");

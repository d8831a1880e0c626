/**
 * `npm run proof -- FILE [--out PAGE.html]`: write the proof page of one issue file
 * (raw lines beside the split, labels coloured, doubts marked) and print its path.
 * A file inside the content folder is read with its corrections applied.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { contentRoot, issuesDir } from "../content";
import { decode, InputError } from "../decode";
import { loadCorrections, type Correction } from "../corrections";
import { parseText } from "../parse-text";
import { proofPage } from "../proof/page";

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--out");
if (!file) {
  console.error("usage: npm run proof -- FILE [--out PAGE.html]");
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(2);
}
const root = contentRoot();
const rel = relative(resolve(issuesDir(root)), resolve(file))
  .split(sep)
  .join("/");
const inside = !rel.startsWith("..") && !rel.startsWith("/");
let corrections: Correction[] = [];
try {
  corrections = inside ? loadCorrections(root).for(rel) : [];
} catch (e) {
  console.error((e as Error).message);
}
let text: string;
try {
  text = decode(readFileSync(file)).text;
} catch (e) {
  console.error(`${file}: ${e instanceof InputError ? e.message : (e as Error).message}`);
  process.exit(1);
}
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args[outAt + 1] : join(".tmp", "proof", `${basename(file).replace(/\.[^.]+$/u, "")}.html`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, proofPage(inside ? rel : basename(file), text, parseText(text, { corrections })));
console.log(resolve(out));

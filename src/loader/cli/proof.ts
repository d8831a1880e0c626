/**
 * `npm run proof -- FILE [--out PAGE.html]`: write the proof page of one issue file
 * (raw lines beside the split, labels coloured, doubts marked) and print its path.
 * A file inside the content folder is read with its corrections applied.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { issueFileArg } from "./issue-file-arg";
import { decode, InputError } from "../decode";
import { parseText } from "../parse-text";
import { proofPage } from "../proof/page";

const args = process.argv.slice(2);
const { file, rel, inside, corrections } = issueFileArg(
  args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--out"),
  "npm run proof -- FILE [--out PAGE.html]",
);
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

import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { CONTENT } from "./helpers";

export const SEEDS = ["000_7377606bfa394453.txt", "004_5b522bed40a50bb1.txt"];

/** A fresh content folder in the temp dir: the seeds (or `seeds`) in issues/, and `files` by path under the root. */
export function contentDir(files: Record<string, string | Uint8Array> = {}, seeds = SEEDS): string {
  const root = mkdtempSync(join(tmpdir(), "kanbao-"));
  mkdirSync(join(root, "issues"));
  for (const s of seeds) copyFileSync(join(CONTENT, "issues", s), join(root, "issues", s));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), body);
  }
  return root;
}

/** A small issue in layout A: headline, byline, one paragraph per entry. */
export const issueText = (title: string, ...paragraphs: string[]) => `${title}\n\n□记者 王明\n\n${paragraphs.join("\n\n")}\n`;

/** Find the issue files of a content folder. */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { MANIFEST_FILE } from "./manifest";

export const TEXT_EXT = /\.(txt|text)$/iu;
export const EXPORT_EXT = /\.(json|jsonl|ndjson)$/iu;
/** Files in the content root that configure the build rather than hold issues. */
const CONFIG_FILES = new Set([MANIFEST_FILE, "topics.json", "site.json"]);

/** The content folder: `KANBAO_CONTENT`, else `content/`. */
export function contentRoot(env = process.env): string {
  return env.KANBAO_CONTENT?.trim() || "content";
}

/** Issues live in `<root>/issues/` when it exists, else anywhere under the root. */
export function issuesDir(root: string): string {
  const dir = join(root, "issues");
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : root;
}

export interface SourceFile {
  /** Path relative to the issues folder, `/`-separated: the manifest key and the issue's `source`. */
  rel: string;
  abs: string;
}

/** Every file under `dir`, sorted by path so builds do not depend on directory order. */
export function listSources(dir: string, root: string): { sources: SourceFile[]; skipped: SourceFile[] } {
  const sources: SourceFile[] = [];
  const skipped: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith(".")) continue;
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else {
        const rel = relative(dir, abs).split(sep).join("/");
        if (d === root && CONFIG_FILES.has(name)) continue;
        (TEXT_EXT.test(name) || EXPORT_EXT.test(name) ? sources : skipped).push({ rel, abs });
      }
    }
  };
  walk(dir);
  return { sources, skipped };
}

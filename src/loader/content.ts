/** Find the issue files of a content folder: only files inside it, each refused one with its reason. */
import { readdirSync, realpathSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { MANIFEST_FILE } from "./manifest";
import { LEDGER_FILE } from "./ledger";
import { fsReason, resolveEntry } from "./safe-read";
import { byCodePoint } from "./order";

export const TEXT_EXT = /\.(txt|text)$/iu;
export const EXPORT_EXT = /\.(json|jsonl|ndjson)$/iu;
/** Files in the content root that configure the build rather than hold issues. */
const CONFIG_FILES = new Set([MANIFEST_FILE, "topics.json", "corrections.json", "tags.json", "site.json", LEDGER_FILE]);
// A file name with these cannot be shown in one line or published as a source.
const BAD_NAME = /[\u0000-\u001f\u007f-\u009f]/u;

/** The content folder: `KANBAO_CONTENT`, else `content/`. */
export function contentRoot(env = process.env): string {
  return env.KANBAO_CONTENT?.trim() || "content";
}

/** Issues live in `<root>/issues/` when it is a folder inside the root, else anywhere under the root. */
export function issuesDir(root: string): string {
  const dir = join(root, "issues");
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch {
    return root;
  }
  return resolveEntry(dir, rootReal).kind === "dir" ? dir : root;
}

export interface SourceFile {
  /** Path relative to the issues folder, `/`-separated: the manifest key and the issue's `source`. */
  rel: string;
  /** The file's real path, links followed (inside the content folder). */
  abs: string;
}

export interface Skipped {
  rel: string;
  reason: string;
}

export interface Listing {
  sources: SourceFile[];
  /** Entries that are not issue files, or cannot be read safely: problems, `--strict` fails on them. */
  refused: Skipped[];
  /** Hidden files and folders, reported and not read. */
  hidden: Skipped[];
}

/**
 * Every file under `dir`, sorted by path (code points) so builds do not depend on
 * directory order. Links are followed only inside the content folder, each folder is read once.
 */
export function listSources(dir: string, root: string): Listing {
  const out: Listing = { sources: [], refused: [], hidden: [] };
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch (e) {
    out.refused.push({ rel: ".", reason: `the content folder ${fsReason(e).replace(/^it /u, "")}` });
    return out;
  }
  const seen = new Set<string>();
  const relOf = (abs: string) => relative(dir, abs).split(sep).join("/") || ".";
  const walk = (logical: string, real: string) => {
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(real).sort(byCodePoint);
    } catch (e) {
      out.refused.push({ rel: relOf(logical), reason: `the folder ${fsReason(e).replace(/^it /u, "")}` });
      return;
    }
    for (const name of names) {
      if (logical === root && CONFIG_FILES.has(name)) continue;
      const abs = join(logical, name);
      const rel = relOf(abs);
      if (name.startsWith(".")) {
        out.hidden.push({ rel, reason: "hidden (its name starts with a dot): not read" });
        continue;
      }
      if (BAD_NAME.test(name)) {
        out.refused.push({ rel: JSON.stringify(rel), reason: "its name holds control characters: not read" });
        continue;
      }
      const e = resolveEntry(join(real, name), rootReal);
      if (e.kind === "refused") out.refused.push({ rel, reason: e.reason });
      else if (e.kind === "dir") {
        if (seen.has(e.real))
          out.refused.push({ rel, reason: "a link to a folder that is read already (a loop or a second path): not followed" });
        else walk(abs, e.real);
      } else if (TEXT_EXT.test(name) || EXPORT_EXT.test(name)) out.sources.push({ rel, abs: e.real });
      else out.refused.push({ rel, reason: "not an issue file (expected .txt, .json or .jsonl)" });
    }
  };
  walk(dir, dir === root ? rootReal : realpathSync(dir));
  return out;
}

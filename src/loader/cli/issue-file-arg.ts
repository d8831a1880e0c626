/** The FILE argument of the editors' commands (`parse`, `proof`): checked, placed in the content folder, with its corrections. */
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { contentRoot, issuesDir } from "../content";
import { loadCorrections, type Correction } from "../corrections";

export interface IssueFileArg {
  file: string;
  root: string;
  /** The path under `issues/`, as the manifest and corrections name it. */
  rel: string;
  /** The file is one of the content folder's issues; any other file is read bare. */
  inside: boolean;
  corrections: Correction[];
}

/** Exits with status 2 and one line when the argument is missing or names no file. */
export function issueFileArg(file: string | undefined, usage: string): IssueFileArg {
  if (!file) {
    console.error(`usage: ${usage}`);
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
  return { file, root, rel, inside, corrections };
}

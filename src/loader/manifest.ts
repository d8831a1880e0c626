/** The content folder's optional manifest: metadata per issue file. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { Id, IssueDate } from "../shared/contract";
import type { ManifestEntry } from "./metadata";

export const MANIFEST_FILE = "manifest.json";

const Entry = z
  .object({
    id: Id.optional(),
    publication: z.string().min(1).optional(),
    date: IssueDate.optional(),
    edition: z.string().min(1).optional(),
  })
  .strict();

/**
 * `manifest.json`: `{"issues": {"<path under issues/>": {id?, publication?, date?, edition?}}}`.
 * `defaults` applies to every issue (a single-paper archive names its paper once).
 */
const Manifest = z
  .object({
    defaults: Entry.omit({ id: true, date: true }).optional(),
    issues: z.record(z.string(), Entry).default({}),
  })
  .strict();

export interface LoadedManifest {
  lookup(relPath: string): ManifestEntry;
}

export function loadManifest(root: string): LoadedManifest {
  const file = join(root, MANIFEST_FILE);
  if (!existsSync(file)) return { lookup: () => ({}) };
  let parsed: z.infer<typeof Manifest>;
  try {
    parsed = Manifest.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (e) {
    const why = e instanceof z.ZodError ? z.prettifyError(e) : (e as Error).message;
    throw new Error(`${file}: not a valid manifest: ${why}`);
  }
  return { lookup: (rel) => ({ ...parsed.defaults, ...parsed.issues[rel] }) };
}

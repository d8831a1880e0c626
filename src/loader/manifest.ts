/**
 * The content folder's optional manifest: metadata per issue file. Checked value
 * by value: a bad value is named (file, JSON path, reason) and left out, the rest is used.
 */
import { z } from "zod";
import { Id, IssueDate } from "../shared/contract";
import { impossibleDate, type ManifestEntry } from "./metadata";
import { jsonPath, parseJson, readConfigText, type Problem } from "./config-file";
import { hasControl } from "./sanitize";

export const MANIFEST_FILE = "manifest.json";

const Name = z
  .string()
  .refine((s) => s.trim().length > 0, "empty")
  .refine((s) => !hasControl(s), "holds control characters");
const FIELDS: Record<keyof ManifestEntry, z.ZodType<string>> = { id: Id, publication: Name, date: IssueDate, edition: Name };

export interface LoadedManifest {
  lookup(relPath: string): ManifestEntry;
  /** The paths the manifest names under `issues`, as written. */
  keys: string[];
  problems: Problem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The valid fields of one entry; each bad one becomes a Problem (an impossible date a warning). */
function entry(value: unknown, path: string[], allowed: (keyof ManifestEntry)[], problems: Problem[]): ManifestEntry {
  const out: ManifestEntry = {};
  const bad = (at: string[], reason: string, warning = false) =>
    problems.push({ file: MANIFEST_FILE, reason: `${jsonPath(at)}: ${reason}`, ...(warning ? { warning } : {}) });
  if (!isObject(value)) {
    bad(path, "not an object of publication, date, edition, id");
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    const key = k as keyof ManifestEntry;
    if (!allowed.includes(key)) {
      bad([...path, k], `unknown key (expected ${allowed.join(", ")})`);
      continue;
    }
    const p = FIELDS[key].safeParse(v);
    if (!p.success) bad([...path, k], p.error.issues[0].message);
    else if (key === "date" && impossibleDate(p.data)) bad([...path, k], `${impossibleDate(p.data)}: ignored`, true);
    else out[key] = key === "id" || key === "date" ? p.data : p.data.trim();
  }
  return out;
}

/**
 * `manifest.json`: `{"issues": {"<path under issues/>": {id?, publication?, date?, edition?}}}`.
 * `defaults` applies to every issue (a single-paper archive names its paper once).
 * Paths are matched in Unicode NFC, so a name written on macOS (NFD) matches.
 */
export function loadManifest(root: string): LoadedManifest {
  const none: LoadedManifest = { lookup: () => ({}), keys: [], problems: [] };
  const text = readConfigText(root, MANIFEST_FILE);
  if (text === null) return none;
  if (typeof text !== "string") return { ...none, problems: [text] };
  const json = parseJson(text);
  if ("error" in json) return { ...none, problems: [{ file: MANIFEST_FILE, reason: json.error }] };
  const problems: Problem[] = [];
  const doc = json.value;
  if (!isObject(doc)) return { ...none, problems: [{ file: MANIFEST_FILE, reason: 'not an object {"issues": {...}}' }] };
  let defaults: ManifestEntry = {};
  const issues = new Map<string, ManifestEntry>();
  for (const [k, v] of Object.entries(doc)) {
    if (k === "defaults") defaults = entry(v, ["defaults"], ["publication", "edition"], problems);
    else if (k === "issues" && isObject(v)) {
      for (const [rel, e] of Object.entries(v))
        issues.set(rel.normalize("NFC"), entry(e, ["issues", rel], ["id", "publication", "date", "edition"], problems));
    } else if (k === "issues") problems.push({ file: MANIFEST_FILE, reason: "issues: not an object of file paths" });
    else problems.push({ file: MANIFEST_FILE, reason: `${jsonPath([k])}: unknown key (expected defaults, issues)` });
  }
  return {
    lookup: (rel) => ({ ...defaults, ...issues.get(rel.normalize("NFC")) }),
    keys: isObject(doc.issues) ? Object.keys(doc.issues) : [],
    problems,
  };
}

/** Manifest paths that match no issue file: warnings (a typo, or a file moved without its entry). */
export function unmatchedKeys(manifest: LoadedManifest, sources: string[]): Problem[] {
  const present = new Set(sources.map((s) => s.normalize("NFC")));
  const folded = new Map(sources.map((s) => [s.normalize("NFC").toLowerCase(), s]));
  return manifest.keys
    .filter((k) => !present.has(k.normalize("NFC")))
    .map((k) => {
      const like = folded.get(k.normalize("NFC").toLowerCase());
      return {
        file: MANIFEST_FILE,
        reason: `${jsonPath(["issues", k])}: matches no issue file${like ? ` (there is ${like}: names are case-sensitive)` : ""}`,
        warning: true,
      };
    });
}

/** Content folder → validated catalog and issue files, deterministic. Node only: never imported by the app. */
import { readFileSync, statSync } from "node:fs";
import { Catalog, IssueFile, LEADS_PER_ISSUE, SCHEMA_VERSION, catalogPath, issuePath } from "../shared/contract";
import { InputError, MAX_BYTES } from "./decode";
import { contentRoot, EXPORT_EXT, issuesDir, listSources } from "./content";
import { loadManifest } from "./manifest";
import { issueFromText } from "./issue-from-text";
import { issuesFromExport } from "./issue-from-export";
import { shortHash } from "./ids";
import { buildSearchIndex } from "./search-index";
import { buildTagIndex } from "./tag-index";
import { traditionalToSimplified } from "./t2s";
import { paths as searchPaths } from "../shared/search/format";
import { loadTaxonomy, type Taxonomy } from "./tags/topics";
import { propagateNames } from "./tags/known-names";
import { CORRECTION_WARNING, CORRECTIONS_FILE, loadCorrections, type Correction, type LoadedCorrections } from "./corrections";

export interface Problem {
  file: string;
  reason: string;
}

export interface ContentBuild {
  root: string;
  catalog: Catalog;
  issues: IssueFile[];
  /** Files that gave no issue, with the reason; `--strict` fails on any. */
  problems: Problem[];
  files: number;
}

/** Parse one source file; bad input becomes a Problem naming the file, never a crash. */
export function loadSource(
  rel: string,
  abs: string,
  meta: ReturnType<ReturnType<typeof loadManifest>["lookup"]>,
  taxonomy: Taxonomy,
  corrections: Correction[] = [],
): IssueFile[] | Problem {
  try {
    const size = statSync(abs).size;
    if (size > MAX_BYTES) return { file: rel, reason: `the file is ${(size / 1048576).toFixed(1)} MB, over the 20 MB limit` };
    const bytes = readFileSync(abs);
    return EXPORT_EXT.test(rel) ? issuesFromExport(rel, bytes, meta, taxonomy) : [issueFromText(rel, bytes, meta, taxonomy, corrections)];
  } catch (e) {
    if (e instanceof InputError) return { file: rel, reason: e.message };
    return { file: rel, reason: `the loader failed on it: ${(e as Error).message}` };
  }
}

// Newest first; year-less and undated issues last; then publication and id, so the order is total.
function compareIssues(a: IssueFile, b: IssueFile): number {
  const key = (d: string | null) => (d && !d.startsWith("--") ? d : "");
  return (
    key(b.issue.date).localeCompare(key(a.issue.date)) ||
    (a.issue.publication ?? "").localeCompare(b.issue.publication ?? "") ||
    a.issue.id.localeCompare(b.issue.id)
  );
}

export function buildContent(root = contentRoot()): ContentBuild {
  const manifest = loadManifest(root);
  const taxonomy = loadTaxonomy(root);
  const dir = issuesDir(root);
  const { sources, skipped } = listSources(dir, root);
  const problems: Problem[] = skipped.map((s) => ({ file: s.rel, reason: "not an issue file (expected .txt, .json or .jsonl)" }));
  const issues: IssueFile[] = [];
  // Editors' corrections: a file that cannot be read is a problem, and the build goes on without them.
  let corrections: LoadedCorrections = { for: () => [], unknown: () => [] };
  try {
    corrections = loadCorrections(root);
  } catch (e) {
    problems.push({ file: CORRECTIONS_FILE, reason: (e as Error).message });
  }
  for (const s of sources) {
    const r = loadSource(s.rel, s.abs, manifest.lookup(s.rel), taxonomy, corrections.for(s.rel));
    if (Array.isArray(r)) issues.push(...r);
    else problems.push(r);
  }
  // A correction that no longer applies is named with its file, line and reason.
  for (const f of issues)
    for (const w of f.warnings)
      if (w.startsWith(CORRECTION_WARNING)) problems.push({ file: CORRECTIONS_FILE, reason: `${f.issue.source}: ${w}` });
  for (const rel of corrections.unknown(new Set(sources.map((s) => s.rel))))
    problems.push({ file: CORRECTIONS_FILE, reason: `${rel}: no such issue file; its corrections were not applied` });
  // A name the archive knows from one article counts in the others too.
  propagateNames(issues);
  // Two files with the same id: the later path gets a hash of its own path, so earlier links stay.
  const seen = new Set<string>();
  for (const f of issues) {
    if (seen.has(f.issue.id)) {
      const id = `${f.issue.id.slice(0, 72)}-${shortHash(f.issue.source)}`;
      f.warnings.push(`issue id ${f.issue.id} is taken by another file; this one is ${id}`);
      f.issue.id = id;
    }
    seen.add(f.issue.id);
  }
  issues.sort(compareIssues);
  const pubs = new Map<string, number>();
  for (const f of issues) if (f.issue.publication) pubs.set(f.issue.publication, (pubs.get(f.issue.publication) ?? 0) + 1);
  const catalog = Catalog.parse({
    version: SCHEMA_VERSION,
    issues: issues.map((f) => ({ ...f.issue, leads: f.articles.slice(0, LEADS_PER_ISSUE).map((a) => ({ id: a.id, title: a.title })) })),
    publications: [...pubs].sort(([a], [b]) => a.localeCompare(b)).map(([name, issueCount]) => ({ name, issueCount })),
  });
  return { root, catalog, issues: issues.map((f) => IssueFile.parse(f)), problems, files: sources.length + skipped.length };
}

/** The data files of the built site, path → contents: catalog, issues and the search index. */
export function dataFiles(build: ContentBuild): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set(catalogPath(), JSON.stringify(build.catalog));
  for (const f of build.issues) files.set(issuePath(f.issue.id), JSON.stringify(f));
  for (const [path, body] of buildSearchIndex(build.issues)) files.set(path, body);
  for (const [path, body] of buildTagIndex(build.issues)) files.set(path, body);
  files.set(searchPaths.t2s(), JSON.stringify(traditionalToSimplified()));
  return files;
}

export function summary(build: ContentBuild): string {
  const articles = build.issues.reduce((n, f) => n + f.articles.length, 0);
  const warned = build.issues.filter((f) => f.warnings.length).length;
  // The splitter's doubts, per source file (for editors; --strict does not fail on them).
  const doubts = new Map<string, Map<string, number>>();
  for (const f of build.issues)
    for (const a of f.articles)
      for (const d of a.doubts) {
        const kinds = doubts.get(f.issue.source) ?? new Map<string, number>();
        kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
        doubts.set(f.issue.source, kinds);
      }
  const total = (k: Map<string, number>) => [...k.values()].reduce((n, x) => n + x, 0);
  const doubtCount = [...doubts.values()].reduce((n, k) => n + total(k), 0);
  const lines = [
    `kanbao: ${build.files} file(s) in ${build.root}: ${build.issues.length} issue(s), ${articles} article(s), ${build.problems.length} problem(s)${warned ? `, ${warned} issue(s) with warnings` : ""}${doubtCount ? `, ${doubtCount} doubt(s) in ${doubts.size} file(s)` : ""}`,
    ...build.problems.map((p) => `  ✗ ${p.file}: ${p.reason}`),
    ...[...doubts]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([file, k]) => `  ? ${file}: ${total(k)} doubt(s) (${[...k].map(([kind, n]) => `${kind} ${n}`).join(", ")})`),
  ];
  return lines.join("\n");
}

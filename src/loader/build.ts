/** Content folder → validated catalog and issue files, deterministic. Node only: never imported by the app. */
import { readFileSync, statSync } from "node:fs";
import { Catalog, IssueFile, LEADS_PER_ISSUE, SCHEMA_VERSION } from "../shared/contract";
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
import { undatedWarning, withFolderPublication } from "./metadata";
import { catalogFiles, issueFiles, type ArchiveOptions } from "./archive-files";
import { relatedArticles } from "./related";
import { tagInfoFiles } from "./tag-info";
import { reportTarget } from "./site-config";

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
): IssueFile[] | Problem {
  try {
    const size = statSync(abs).size;
    if (size > MAX_BYTES) return { file: rel, reason: `the file is ${(size / 1048576).toFixed(1)} MB, over the 20 MB limit` };
    const bytes = readFileSync(abs);
    return EXPORT_EXT.test(rel) ? issuesFromExport(rel, bytes, meta, taxonomy) : [issueFromText(rel, bytes, meta, taxonomy)];
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
  for (const s of sources) {
    const r = loadSource(s.rel, s.abs, withFolderPublication(manifest.lookup(s.rel), s.rel), taxonomy);
    if (Array.isArray(r)) issues.push(...r);
    else problems.push(r);
    for (const f of Array.isArray(r) ? r : []) {
      const w = undatedWarning(f.issue.source, f.issue.date);
      if (w) f.warnings.push(w);
    }
  }
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

/** The data files of the built site, path → contents: catalog and issues (split, see archive-files.ts), the search index, tag data. */
export function dataFiles(
  build: ContentBuild,
  options: Omit<ArchiveOptions, "related" | "tagInfoBuckets"> = {},
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const tagInfo = tagInfoFiles(build.issues);
  const report = build.root ? reportTarget(build.root).target : null;
  for (const [path, body] of catalogFiles(build.catalog, tagInfo.buckets, report)) files.set(path, body);
  for (const [path, body] of issueFiles(build.catalog, build.issues, { ...options, related: relatedArticles(build.issues) }))
    files.set(path, body);
  for (const [path, body] of tagInfo.files) files.set(path, body);
  for (const [path, body] of buildSearchIndex(build.issues)) files.set(path, body);
  for (const [path, body] of buildTagIndex(build.issues)) files.set(path, body);
  files.set(searchPaths.t2s(), JSON.stringify(traditionalToSimplified()));
  return files;
}

export function summary(build: ContentBuild): string {
  const articles = build.issues.reduce((n, f) => n + f.articles.length, 0);
  const warned = build.issues.filter((f) => f.warnings.length).length;
  const lines = [
    `kanbao: ${build.files} file(s) in ${build.root}: ${build.issues.length} issue(s), ${articles} article(s), ${build.problems.length} problem(s)${warned ? `, ${warned} issue(s) with warnings` : ""}`,
    ...build.problems.map((p) => `  ✗ ${p.file}: ${p.reason}`),
    ...build.issues.flatMap((f) => f.warnings.filter((w) => w.startsWith(`${f.issue.source}: no year`)).map((w) => `  ! ${w}`)),
    ...[build.root ? reportTarget(build.root).problem : undefined].filter((p) => p).map((p) => `  ! ${p}`),
  ];
  return lines.join("\n");
}

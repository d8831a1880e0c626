/** Content folder → validated catalog and issue files, deterministic. Node only: never imported by the app. */
import { Catalog, IssueFile, LEADS_PER_ISSUE, SCHEMA_VERSION } from "../shared/contract";
import { InputError } from "./decode";
import { contentRoot, EXPORT_EXT, issuesDir, listSources } from "./content";
import { loadManifest, unmatchedKeys } from "./manifest";
import { issueFromText } from "./issue-from-text";
import { exportIssues } from "./issue-from-export";
import { pathId } from "./ids";
import { searchData } from "./search-entry";
import type { Taxonomy } from "./tags/topics";
import { loadTopics } from "./topics-file";
import { finishTags } from "./tags/finish";
import { loadOverrides, OVERRIDES_FILE } from "./tags/overrides";
import { readCapped } from "./safe-read";
import type { ManifestEntry } from "./metadata";
import type { Problem } from "./config-file";
import { assignIds, type Built, type Redirect } from "./assign-ids";
import { readLedger, saveLedger, serializeLedger } from "./ledger";
import { sanitizeDeep } from "./sanitize";
import { byCodePoint, compareIssues } from "./order";
import { append } from "./arrays";
import { CORRECTION_WARNING, CORRECTIONS_FILE, loadCorrections, type Correction, type LoadedCorrections } from "./corrections";
import { undatedWarning, withFolderPublication } from "./metadata";
import { catalogFiles, issueFiles, type ArchiveOptions } from "./archive-files";
import { relatedArticles } from "./related";
import { tagInfoFiles } from "./tag-info";
import { reportTarget } from "./site-config";

export type { Problem } from "./config-file";
export type { Redirect } from "./assign-ids";

export interface ContentBuild {
  root: string;
  catalog: Catalog;
  issues: IssueFile[];
  /** Bad input, each naming its file and reason (warnings too: the file was used, something in it ignored); `--strict` fails on any. */
  problems: Problem[];
  /** Reported, never failing: hidden files, moved files, the id ledger's news. */
  notes: Problem[];
  /** Former page paths → the pages that answer for them now (the id ledger). */
  redirects: Redirect[];
  /** The id ledger as this build leaves it (`ids.jsonl`). */
  ledger: string;
  files: number;
}

/** Parse one source file; bad input becomes a Problem naming the file, never a crash. */
export function loadSource(
  rel: string,
  abs: string,
  meta: ManifestEntry,
  taxonomy: Taxonomy,
  corrections: Correction[] = [],
): { built: Built[]; problems: Problem[] } | Problem {
  try {
    const bytes = readCapped(abs);
    if (EXPORT_EXT.test(rel)) {
      const r = exportIssues(rel, bytes, meta, taxonomy);
      const single = r.issues.length === 1 && r.issues[0].key === rel;
      const built = r.issues.map((i) => ({ ...i, explicitId: single ? (meta.id ?? null) : null }));
      return { built, problems: r.problems };
    }
    const file = issueFromText(rel, bytes, meta, taxonomy, corrections);
    return { built: [{ key: rel, file, explicitId: meta.id ?? null, candidate: pathId(rel), articleIds: [] }], problems: [] };
  } catch (e) {
    if (e instanceof InputError) return { file: rel, reason: e.message };
    return { file: rel, reason: `the loader failed on it: ${(e as Error).message}` };
  }
}

export interface BuildOptions {
  /** Write the id ledger back into the content folder when it changed (default true). */
  saveIds?: boolean;
}

export function buildContent(root = contentRoot(), options: BuildOptions = {}): ContentBuild {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const manifest = loadManifest(root);
  problems.push(...manifest.problems);
  const taxonomy = loadTopics(root, problems);
  const ledger = readLedger(root);
  problems.push(...ledger.problems);
  notes.push(...ledger.notes);
  const listing = listSources(issuesDir(root), root);
  append(
    problems,
    listing.refused.map((s) => ({ file: s.rel, reason: s.reason })),
  );
  append(
    notes,
    listing.hidden.map((s) => ({ file: s.rel, reason: s.reason })),
  );
  problems.push(
    ...unmatchedKeys(
      manifest,
      listing.sources.map((s) => s.rel),
    ),
  );
  // Editors' corrections: a file that cannot be read is a problem, and the build goes on without them.
  let corrections: LoadedCorrections = { for: () => [], unknown: () => [] };
  try {
    corrections = loadCorrections(root);
  } catch (e) {
    problems.push({ file: CORRECTIONS_FILE, reason: (e as Error).message });
  }
  const built: Built[] = [];
  const unread = new Set<string>();
  for (const s of listing.sources) {
    const r = loadSource(s.rel, s.abs, withFolderPublication(manifest.lookup(s.rel), s.rel), taxonomy, corrections.for(s.rel));
    if ("reason" in r) {
      problems.push(r);
      unread.add(s.rel);
    } else {
      append(built, r.built);
      append(problems, r.problems);
    }
  }
  // A ledger key is the file's path, or the path and `#<issue>` for an export's issues.
  const ids = assignIds(ledger.entries, built, (key) => [...unread].some((s) => key === s || key.startsWith(`${s}#`)));
  problems.push(...ids.problems);
  notes.push(...ids.notes);
  const issues = built.map((b) => b.file);
  // A file without a year is named; its issue is undated (never sorted as the oldest or newest).
  for (const f of issues) {
    const w = undatedWarning(f.issue.source, f.issue.date);
    if (w) f.warnings.push(w);
  }
  // A correction that no longer applies is named with its file, line and reason.
  for (const f of issues)
    for (const w of f.warnings)
      if (w.startsWith(CORRECTION_WARNING)) problems.push({ file: CORRECTIONS_FILE, reason: `${f.issue.source}: ${w}` });
  for (const rel of corrections.unknown(new Set(listing.sources.map((s) => s.rel))))
    problems.push({ file: CORRECTIONS_FILE, reason: `${rel}: no such issue file; its corrections were not applied` });
  // Tags across the archive: known names, one tag per thing, the editors' overrides (tags.json).
  const tagOverrides = loadOverrides(root);
  for (const reason of [...tagOverrides.problems, ...finishTags(issues, tagOverrides.overrides)])
    problems.push({ file: OVERRIDES_FILE, reason });
  // No published field holds a control character (text files lose them in lines.ts, exports per record).
  for (const f of issues) {
    const dirty = sanitizeDeep(f);
    if (dirty.length) problems.push({ file: f.issue.source, reason: `control characters removed from ${dirty.join("; ")}` });
  }
  issues.sort(compareIssues);
  const pubs = new Map<string, number>();
  for (const f of issues) if (f.issue.publication) pubs.set(f.issue.publication, (pubs.get(f.issue.publication) ?? 0) + 1);
  const catalog = Catalog.parse({
    version: SCHEMA_VERSION,
    issues: issues.map((f) => ({ ...f.issue, leads: f.articles.slice(0, LEADS_PER_ISSUE).map((a) => ({ id: a.id, title: a.title })) })),
    publications: [...pubs].sort(([a], [b]) => byCodePoint(a, b)).map(([name, issueCount]) => ({ name, issueCount })),
  });
  const text = serializeLedger(ids.entries);
  if (options.saveIds !== false) {
    const note = saveLedger(root, ledger, text);
    if (note) notes.push(note);
  }
  return {
    root,
    catalog,
    issues: issues.map((f) => IssueFile.parse(f)),
    problems,
    notes,
    redirects: ids.redirects,
    ledger: text,
    files: listing.sources.length + listing.refused.length,
  };
}

/** The data files of the built site, path → contents: catalog and issues (split, see archive-files.ts), the search index, tag data. */
export function dataFiles(
  build: Pick<ContentBuild, "catalog" | "issues"> & Partial<ContentBuild>,
  options: Omit<ArchiveOptions, "related" | "tagInfoBuckets"> = {},
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const tagInfo = tagInfoFiles(build.issues);
  const report = build.root ? reportTarget(build.root).target : null;
  for (const [path, body] of catalogFiles(build.catalog, tagInfo.buckets, report)) files.set(path, body);
  for (const [path, body] of issueFiles(build.catalog, build.issues, { ...options, related: relatedArticles(build.issues) }))
    files.set(path, body);
  for (const [path, body] of tagInfo.files) files.set(path, body);
  for (const [path, body] of searchData(build.issues)) files.set(path, body);
  return files;
}

const MAX_DOUBT_LINES = 10;

/** The build's report: one line of counts, then one line per problem (✗), warning (!) and note (·). */
export function summary(build: ContentBuild): string {
  const articles = build.issues.reduce((n, f) => n + f.articles.length, 0);
  const warned = build.issues.filter((f) => f.warnings.length).length;
  const oneLine = (s: string) => s.replace(/[\r\n]+/gu, " ");
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
    `kanbao: ${build.files} file(s) in ${build.root}: ${build.issues.length} issue(s), ${articles} article(s), ${build.problems.length} problem(s)${warned ? `, ${warned} issue(s) with warnings` : ""}${build.redirects.length ? `, ${build.redirects.length} redirect(s) from former ids` : ""}${doubtCount ? `, ${doubtCount} doubt(s) in ${doubts.size} file(s)` : ""}`,
    ...build.problems.map((p) => `  ${p.warning ? "!" : "✗"} ${oneLine(p.file)}: ${oneLine(p.reason)}`),
    ...build.notes.map((p) => `  · ${oneLine(p.file)}: ${oneLine(p.reason)}`),
    // The files with most doubts first, a few of them: the summary stays short at any size.
    ...[...doubts]
      .sort(([a, x], [b, y]) => total(y) - total(x) || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, MAX_DOUBT_LINES)
      .map(([file, k]) => `  ? ${oneLine(file)}: ${total(k)} doubt(s) (${[...k].map(([kind, n]) => `${kind} ${n}`).join(", ")})`),
    ...(doubts.size > MAX_DOUBT_LINES
      ? [`  ? … and ${doubts.size - MAX_DOUBT_LINES} more file(s) with doubts (npm run -s parse -- FILE shows them)`]
      : []),
    ...build.issues.flatMap((f) => f.warnings.filter((w) => w.startsWith(`${f.issue.source}: no year`)).map((w) => `  ! ${oneLine(w)}`)),
    ...[build.root ? reportTarget(build.root).problem : undefined].filter((p) => p).map((p) => `  ! ${p}`),
  ];
  return lines.join("\n");
}

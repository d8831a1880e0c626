/**
 * What adding one issue to a built archive rewrites: the search and tag data is
 * built again with one more issue, and its files (named by content hash) are
 * compared with the site's. Once for a newer issue (the usual case) and once for
 * an older one (a backfill, which renumbers the articles after it).
 */
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { buildContent } from "../../src/loader/build";
import { searchData } from "../../src/loader/search-entry";
import { SEARCH_DIR } from "../../src/shared/search/format";
import type { Story } from "./corpus";

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

const dayAfter = (d: string, days: number) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const family = (path: string) => /^data\/search\/([^/.]+)[/.]/.exec(path)?.[1] ?? "other";

export interface Churn {
  filesBefore: number;
  /** Files whose name (so content) is new, by family (u, b, p, f, tags, …). */
  written: Record<string, number>;
  writtenFiles: number;
  writtenKb: number;
  removedFiles: number;
}

function compare(before: Map<string, Uint8Array>, after: Map<string, string | Uint8Array>): Churn {
  const written: Record<string, number> = {};
  let bytes = 0;
  for (const [path, body] of after) {
    if (before.has(path)) continue;
    written[family(path)] = (written[family(path)] ?? 0) + 1;
    bytes += typeof body === "string" ? Buffer.byteLength(body) : body.length;
  }
  return {
    filesBefore: before.size,
    written,
    writtenFiles: Object.values(written).reduce((a, b) => a + b, 0),
    writtenKb: Number((bytes / 1024).toFixed(1)),
    removedFiles: [...before.keys()].filter((p) => !after.has(p)).length,
  };
}

/** `stories` are laid out in `content`; `site` holds the site built from it. */
export function measureChurn(stories: Story[], content: string, site: string, work: string) {
  const before = new Map<string, Uint8Array>();
  for (const f of walk(join(site, SEARCH_DIR))) before.set(relative(site, f), readFileSync(f));
  // One issue of the archive, copied under a new id and date.
  const dates = stories.map((s) => s.date).sort();
  const template = stories.filter((s) => s.issue === stories[stories.length - 1].issue);
  const addIssue = (date: string, tag: string) => {
    const dir = join(work, `content-${tag}`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(content, dir, { recursive: true });
    const lines = template.map((s) => JSON.stringify({ ...s, id: `${s.id}-${tag}`, issue: `${s.issue}-${tag}`, date }));
    writeFileSync(join(dir, "issues", `${tag}.jsonl`), lines.join("\n"));
    const out = compare(before, searchData(buildContent(dir).issues));
    rmSync(dir, { recursive: true, force: true });
    return out;
  };
  return {
    articlesAdded: template.length,
    newerIssue: addIssue(dayAfter(dates[dates.length - 1], 1), "newer"),
    olderIssue: addIssue(dayAfter(dates[0], -1), "older"),
  };
}

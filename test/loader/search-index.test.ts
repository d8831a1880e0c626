import { describe, expect, it } from "vitest";
import { segmentSizes } from "../../src/loader/search-index";
import type { IssueFile } from "../../src/shared/contract";
import type { Entry } from "../../src/shared/search/entry";
import { gramBuckets, paths } from "../../src/shared/search/format";
import { bruteForce, memoryEngine, seedIssues, siteFiles } from "../shared/search-helpers";

/** The seed issues again and again, each copy its own issue with its own ids, taken after the one before: an archive of `copies` × 19 articles. */
function archive(copies: number): IssueFile[] {
  const seeds = seedIssues();
  const out: IssueFile[] = [];
  for (let c = copies - 1; c >= 0; c--)
    for (const s of seeds)
      out.push({
        ...s,
        issue: { ...s.issue, id: `${s.issue.id}-${c}` },
        articles: s.articles.map((a) => ({ ...a, id: `${a.id}-${c}` })),
        // Taken by the archive copy by copy.
        seq: c * seeds.length + (s.seq ?? 0),
      });
  return out;
}

const entryOf = (files: Map<string, string | Uint8Array>) => JSON.parse(files.get(paths.entry()) as string) as Entry;
/** The index's bucket files (hashed names) of segment directories matching `dir`. */
const bucketFiles = (files: Map<string, string | Uint8Array>, dir: RegExp) =>
  [...files.keys()].filter((p) => dir.test(p.split("/")[2] ?? "")).sort();

describe("the search index in segments", () => {
  it("splits the docs into whole units of the older archive and the newest docs, adding up to all", () => {
    for (const n of [0, 1, 255, 256, 257, 1000, 4096, 18996, 95000]) {
      const sizes = segmentSizes(n);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      expect(sizes.length).toBeLessThanOrEqual(2);
      // The newest segment is smaller than a unit of the older part, so adding an issue rarely moves the boundary.
      if (sizes.length === 2) expect(sizes[1]).toBeLessThan(Math.max(256, sizes[0] / 8));
    }
    // Growing by an issue at a time, the older segment keeps its size until a unit fills.
    const older = (n: number) => segmentSizes(n)[0];
    let moves = 0;
    for (let n = 18996; n < 18996 + 2000; n += 13) if (older(n + 13) !== older(n)) moves++;
    expect(moves).toBeLessThanOrEqual(2);
  });

  const issues = archive(15);
  const { engine, data, files } = memoryEngine(issues);

  it("finds exactly what a scan of the texts finds, across the segments' boundary", async () => {
    const e = await data.entry();
    expect(e.segments.map((s) => s.docs)).toEqual(segmentSizes(285));
    expect(e.segments).toHaveLength(2);
    const docsOf = (r: { hits: { doc: number }[] }) => r.hits.map((h) => h.doc);
    for (const q of ["区", "记者", "营商环境", "高质量发展", '"本报讯 7月2"', "“卡脖子”", "农民", "公园"]) {
      const r = await engine.search(q);
      expect(r.total, q).toBe(bruteForce(issues, q).size);
      // Each copy of a matching article is found, in both segments.
      expect(new Set(docsOf(r)).size).toBe(r.total);
      if (r.total) expect(Math.max(...docsOf(r)), q).toBeGreaterThanOrEqual(e.segments[0].docs);
    }
  });

  it("a gram is read from its bucket in each segment", async () => {
    const e = await data.entry();
    const fresh = memoryEngine(issues, files);
    await fresh.engine.search("营商");
    const want = gramBuckets(
      e.segments,
      [..."营商"].map((c) => c.codePointAt(0)!),
    ).map(({ s, k }) => paths.bigrams(s, k));
    expect(new Set(fresh.fetched)).toEqual(new Set([paths.entry(), ...(await Promise.all(want.map((p) => data.path(p))))]));
  });

  it("adding a newer issue rewrites only the newest segment's buckets", () => {
    const more = archive(16);
    const before = siteFiles(issues);
    const after = siteFiles(more);
    expect(entryOf(after).segments[0]).toEqual(entryOf(before).segments[0]);
    expect(bucketFiles(after, /^[ubp]$/)).toEqual(bucketFiles(before, /^[ubp]$/));
    const newest = new Set(bucketFiles(before, /^[ubp]1$/));
    expect(newest.size).toBeGreaterThan(0);
    expect(bucketFiles(after, /^[ubp]1$/).filter((p) => newest.has(p))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildContent } from "../../src/loader/build";
import { CONTENT, memoryEngine } from "./search-helpers";

// One dated issue and one the loader cannot date.
function issues() {
  const root = mkdtempSync(join(tmpdir(), "kanbao-dates-"));
  mkdirSync(join(root, "issues"));
  writeFileSync(join(root, "issues", "dated.txt"), "有日期的头条\n\n□记者 王明\n\n本报讯 区里召开会议。");
  writeFileSync(join(root, "issues", "undated.txt"), "没有日期的头条\n\n□记者 王明\n\n本报讯 区里召开会议。");
  writeFileSync(join(root, "manifest.json"), JSON.stringify({ issues: { "dated.txt": { date: "2024-03-01" } } }));
  return buildContent(root).issues;
}

describe("date ranges", () => {
  const { facets } = memoryEngine(issues());

  it("an undated issue is in no range, open at either end or not", async () => {
    expect((await facets.allowed({ tags: [], to: "2030-01" })).docs).toHaveLength(1);
    expect((await facets.allowed({ tags: [], from: "2000-01" })).docs).toHaveLength(1);
    expect((await facets.allowed({ tags: [], from: "2024-03-02" })).docs).toHaveLength(0);
  });
});

describe("panel counts, however many docs match", () => {
  const { facets, data } = memoryEngine(buildContent(CONTENT).issues);

  // Counted two ways: from each doc's tags (or all docs minus the rest, for a large set) and from each tag's own doc list.
  it.each([
    ["every doc but one", (n: number) => [...Array(n).keys()].filter((d) => d !== 3)],
    ["every other doc", (n: number) => [...Array(n).keys()].filter((d) => d % 2)],
    ["two docs", () => [0, 5]],
  ])("%s: each tag's count is the number of those docs that carry it", async (_, pick) => {
    const docs = Int32Array.from(pick((await data.entry()).docs));
    const counts = new Map((await facets.counts(docs)).map((p) => [p.t, p.c]));
    const { panel } = await facets.meta();
    expect(panel.length).toBeGreaterThan(5);
    for (const { t } of panel) {
      const carrying = (await facets.tagDocs(t, false)) ?? new Int32Array(0);
      const want = carrying.filter((d) => docs.includes(d)).length;
      expect(counts.get(t) ?? 0, t).toBe(want);
    }
  });
});

import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildContent } from "../../src/loader/build";
import { memoryEngine } from "./search-helpers";

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

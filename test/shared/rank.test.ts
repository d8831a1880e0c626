import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { memoryEngine, seedIssues } from "./search-helpers";
import { searchDocs } from "../../src/loader/search-index";
import { compareHits, rank } from "../../src/shared/search/rank";

const issues = seedIssues();
const docs = searchDocs(issues);
const { engine } = memoryEngine(issues);
const words = ["城", "区", "会议", "营商环境", "文明城市", "发展", "企业 项目", "卫生 城市", "宋磊", "，", "的"];

describe("ranking the best k", () => {
  it("gives the first k of the full ranking, for any k", async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(words, { minLength: 1, maxLength: 2 }), fc.nat(25), async (terms, k) => {
        const m = await engine.match(terms.join(" "));
        const all = rank(m.docs, m.matches);
        expect(all).toHaveLength(m.docs.length);
        expect([...all].sort(compareHits)).toEqual(all);
        expect(rank(m.docs, m.matches, k)).toEqual(all.slice(0, k));
      }),
      { numRuns: 200 },
    );
  });

  it("among equal hits, the newer issue comes first, then print order", async () => {
    const m = await engine.match("");
    expect(m.docs).toHaveLength(0);
    const all = rank(Int32Array.from(docs.keys()), []);
    const shown = all.map((h) => docs[h.doc]);
    // Newest first: the bundled issues are 2022-07 then 2021-05; each in print order.
    expect(shown.map((d) => d.issue.issue.date)).toEqual([...shown.map((d) => d.issue.issue.date!)].sort().reverse());
    for (const f of issues) {
      const order = shown.filter((d) => d.issue === f).map((d) => d.article.id);
      expect(order).toEqual(f.articles.map((a) => a.id));
    }
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bruteForce, memoryEngine, memoryFetch, seedIssues } from "./search-helpers";
import { SearchEngine } from "../../src/shared/search/engine";
import { DataSet } from "../../src/shared/search/data-set";
import { searchDocs } from "../../src/loader/search-index";
import { parseQuery } from "../../src/shared/search/query";
import { gramBuckets, paths } from "../../src/shared/search/format";

const issues = seedIssues();
const docs = searchDocs(issues);
const { engine } = memoryEngine(issues);
const idOf = (doc: number) => `${docs[doc].issue.issue.id}/${docs[doc].article.id}`;
const found = async (q: string) => new Set((await engine.search(q)).hits.map((h) => idOf(h.doc)));

describe("Chinese search on the seeds: exact counts", () => {
  it.each([
    ["卫生城市", 1],
    ["营商环境", 4],
    ["韩耀辉", 3],
    ["文明城市", 4],
    ["锂电", 3],
    ["城", 12],
    ["PACK", 1],
    ["pack", 1],
    ["ＰＡＣＫ", 1],
    ["5GWh", 1],
    ["卫生 城市", 1],
    ["宋磊 营商环境", 2],
    ['"Micro OLED"', 1],
    ["生卫", 0],
    ["市城", 0],
    ["区新高", 0],
  ])("%s → %i, as brute force finds", async (q, n) => {
    const r = await engine.search(q);
    expect(r.total).toBe(n);
    expect(new Set(r.hits.map((h) => idOf(h.doc)))).toEqual(bruteForce(issues, q));
  });

  it("a query in traditional characters finds simplified text", async () => {
    const r = await engine.search("衛生城市");
    expect(r).toMatchObject({ convertedFrom: "衛生城市", query: "卫生城市", total: 1 });
  });

  it("title hits rank first, then more hits, then newer issues", async () => {
    const r = await engine.search("文明城市");
    expect(r.hits[0].titleHits).toBe(1);
    expect(docs[r.hits[0].doc].article.title).toBe("全国文明城市创建工作推进会议召开");
    const counts = r.hits.filter((h) => !h.titleHits).map((h) => h.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("a query fetches only the entry and the buckets its grams need, never the article texts", async () => {
    const { engine: fresh, fetched: log, data } = memoryEngine(issues);
    await fresh.search("营商环境");
    // 营商环境 is matched through 营商 and 环境 at offsets 0 and 2: their buckets and positions, nothing else.
    const e = await data.entry();
    const buckets = ["营商", "环境"].flatMap((g) =>
      gramBuckets(
        e.segments,
        [...g].map((c) => c.codePointAt(0)!),
      ),
    );
    const logical = buckets.flatMap(({ s, k }) => [paths.bigrams(s, k), paths.positions(s, k)]);
    expect(new Set(log)).toEqual(new Set([paths.entry(), ...(await Promise.all(logical.map((p) => data.path(p))))]));
  });

  it("a phrase with a space or punctuation inside is aligned from positions, without reading any article", async () => {
    const phrases: [string, number][] = [
      ['"Micro OLED"', 1],
      ['"本报讯 7月2"', 1],
      ["“卡脖子”", 1],
      ["60.3%。", 1],
      ["40.7%，城乡", 1],
      ['"记者 程修"', 1],
      ["“工业强市", 1],
      ['"记者程修"', 0],
      ["卡脖子”，", 0],
    ];
    for (const [q, n] of phrases) {
      const { engine: fresh, fetched: log } = memoryEngine(issues);
      const r = await fresh.search(q);
      expect(r.total > 0, q).toBe(n > 0);
      expect(new Set(r.hits.map((h) => idOf(h.doc))), q).toEqual(bruteForce(issues, q));
      expect(
        log.filter((p) => p.includes("/f/")),
        q,
      ).toEqual([]);
    }
  });

  it("a term starting with a comma, or ending in one character after a comma or space, reads only the articles its other pieces leave", async () => {
    // Each with its pieces as separate terms: the articles that can hold it.
    const terms: [string, string][] = [
      ["，城市", "， 城市"],
      ["40.7%，城", "40.7%， 城"],
      ['"记者 程"', "记者 程"],
      ["。", "。"],
    ];
    for (const [q, pieces] of terms) {
      const { engine: fresh, fetched: log } = memoryEngine(issues);
      const r = await fresh.search(q);
      expect(new Set(r.hits.map((h) => idOf(h.doc))), q).toEqual(bruteForce(issues, q));
      expect(log.filter((p) => p.includes("/f/")).length, q).toBeLessThanOrEqual(bruteForce(issues, pieces).size);
    }
  });

  it("a traditional query fetches the table's mapped characters, and the table only when one is mapped", async () => {
    const { engine: fresh, fetched: log } = memoryEngine(issues);
    expect((await fresh.search("衛生城市")).convertedFrom).toBe("衛生城市");
    expect(log.filter((p) => p.includes("/t2s/"))).toHaveLength(2);
    log.length = 0;
    // No result and no traditional character: the set answers, no part of the table is fetched.
    expect((await fresh.search("区新高")).total).toBe(0);
    expect(log.filter((p) => p.includes("/t2s/"))).toEqual([]);
  });
});

describe("precision and recall are 100% against brute force", () => {
  const texts = docs.map(({ article: a }) => [a.title, ...a.paragraphs].join("\n"));
  const substring = fc.tuple(fc.nat(texts.length - 1), fc.nat(5000), fc.integer({ min: 1, max: 8 })).map(([d, at, len]) => {
    const t = [...texts[d]];
    const s = at % Math.max(1, t.length - len);
    return t
      .slice(s, s + len)
      .join("")
      .replace(/\n/g, "");
  });
  const hanPair = fc.string({ unit: fc.constantFrom(..."区城市卫生新高文明营商环境锂电的了会议"), minLength: 1, maxLength: 4 });

  it("for substrings of the text, character soups and two-term queries", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          substring,
          hanPair,
          fc.tuple(substring, substring).map(([a, b]) => `${a} ${b}`),
        ),
        async (q) => {
          if (!parseQuery(q).terms.length) return;
          expect(await found(q)).toEqual(bruteForce(issues, q));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("a failed fetch is not remembered", () => {
  it("the same query succeeds once the network is back", async () => {
    const { files } = memoryEngine(issues);
    let down = true;
    const serve = memoryFetch(files);
    const flaky = new SearchEngine(
      new DataSet(async (path) => {
        if (down && path.includes("/b/")) throw new Error("offline");
        return serve(path);
      }),
    );
    await expect(flaky.search("营商环境")).rejects.toThrow("offline");
    down = false;
    expect((await flaky.search("营商环境")).total).toBe(4);
  });
});

import { describe, expect, it } from "vitest";
import { timeline, focusYear } from "../../src/shared/search/timeline";
import { sortHits } from "../../src/shared/search/sort";
import { dayKey } from "../../src/shared/search/tag-format";

const dates = Int32Array.from(["2016-01-01", "2016-12-31", "2017-12-17", null, "2019-06-30", "2019-07"].map((d) => dayKey(d)));

describe("matches over time", () => {
  it("counts per year without gaps, the last days of December in their own year, undated apart", () => {
    expect(timeline([0, 1, 2, 3, 4, 5], dates)).toEqual({
      unit: "year",
      bars: [
        { key: "2016", count: 2 },
        { key: "2017", count: 1 },
        { key: "2018", count: 0 },
        { key: "2019", count: 2 },
      ],
      undated: 1,
    });
  });

  it("counts per month within a year", () => {
    const t = timeline([0, 1, 2, 4, 5], dates, 2016);
    expect(t.bars.filter((b) => b.count)).toEqual([
      { key: "2016-01", count: 1 },
      { key: "2016-12", count: 1 },
    ]);
    expect(
      timeline([4, 5], dates, 2019)
        .bars.filter((b) => b.count)
        .map((b) => b.key),
    ).toEqual(["2019-06", "2019-07"]);
    expect(focusYear("2019-01", "2019-12")).toBe(2019);
    expect(focusYear("2018-05", "2019-02")).toBeUndefined();
  });

  it("orders newest or oldest first, undated last either way, ties in their given order", () => {
    const hits = [3, 0, 5, 1, 4, 2].map((doc) => ({ doc }));
    expect(sortHits(hits, "new", dates).map((h) => h.doc)).toEqual([5, 4, 2, 1, 0, 3]);
    expect(sortHits(hits, "old", dates).map((h) => h.doc)).toEqual([0, 1, 2, 4, 5, 3]);
    expect(sortHits(hits, "relevance", dates)).toBe(hits);
  });
});

describe("timeline counts of any set", () => {
  // Dates over four years, some undated; sets drawn at every density, counted by brute force.
  const many = Int32Array.from({ length: 500 }, (_, d) =>
    d % 17 === 0 ? 0 : dayKey(`${2016 + (d % 4)}-${String(1 + (d % 12)).padStart(2, "0")}-0${1 + (d % 9)}`),
  );
  const byYear = (docs: number[]) => {
    const out = new Map<string, number>();
    for (const d of docs) if (many[d]) out.set(String(2016 + (d % 4)), (out.get(String(2016 + (d % 4))) ?? 0) + 1);
    return out;
  };

  it.each([0.02, 0.3, 0.6, 0.97, 1])("a set of %s of the docs: per year and undated as counted one by one", (share) => {
    const docs = [...many.keys()].filter((d) => (d * 7919) % 1000 < share * 1000);
    const t = timeline(Int32Array.from(docs), many);
    const want = byYear(docs);
    expect(t.bars.filter((b) => b.count).map((b) => [b.key, b.count])).toEqual([...want].sort());
    expect(t.undated).toBe(docs.filter((d) => !many[d]).length);
    const months = timeline(Int32Array.from(docs), many, 2017).bars.reduce((n, b) => n + b.count, 0);
    expect(months).toBe(want.get("2017") ?? 0);
  });

  it("a set out of order or past the archive is still counted right", () => {
    expect(timeline([4, 0, 1, 2, 3, 5, 9], dates).undated).toBe(2);
    expect(timeline([4, 0, 1, 2, 3, 5, 9], dates).bars.map((b) => b.count)).toEqual([2, 1, 0, 2]);
  });
});

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

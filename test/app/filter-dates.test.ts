import { describe, expect, it } from "vitest";
import { asDay, rangeLabel } from "../../src/app/search/filter-params";
import { formatDate } from "../../src/shared/format";

describe("the date filter as readers see it", () => {
  it("a month bound shows in a date field as its first or last day", () => {
    expect(asDay("2024-02")).toBe("2024-02-01");
    expect(asDay("2024-02", true)).toBe("2024-02-29");
    expect(asDay("2023-12", true)).toBe("2023-12-31");
    expect(asDay("2023-05-09", true)).toBe("2023-05-09");
    expect(asDay(undefined)).toBe("");
  });

  it("a whole year or month reads as that year or month", () => {
    expect(rangeLabel("2021-01", "2021-12", formatDate)).toBe("2021年");
    expect(rangeLabel("2021-07", "2021-07", formatDate)).toBe("2021年7月");
    expect(rangeLabel("2021-05", "2022-02", formatDate)).toBe("2021年5月起至2022年2月");
    expect(rangeLabel(undefined, "2022-02-03", formatDate)).toBe("至2022年2月3日");
  });
});

import { describe, expect, it } from "vitest";
import { inferDate, issueDate } from "../../src/loader/metadata";

describe("issue date", () => {
  it("is the latest 月日 in the text, with a four-digit year where the text has one", () => {
    expect(inferDate("7月24日至26日……7月27日，会议召开。")).toEqual({ year: null, month: 7, day: 27 });
    expect(inferDate("《兴仁街道 2021 年清单》5月23日……5月26日")).toEqual({ year: 2021, month: 5, day: 26 });
    expect(inferDate("2020年12月1日的规划，6月3日召开")).toEqual({ year: 2020, month: 12, day: 1 });
    expect(inferDate("没有日期")).toBeNull();
  });

  it("is marked inferred unless the manifest gives it whole", () => {
    expect(issueDate("2022-07-28", { year: null, month: 7, day: 27 })).toEqual({ date: "2022-07-28", dateInferred: false });
    expect(issueDate("2022-07", { year: null, month: 7, day: 27 })).toEqual({ date: "2022-07-27", dateInferred: true });
    expect(issueDate("2022-07", { year: null, month: 6, day: 30 })).toEqual({ date: "2022-07", dateInferred: false });
    expect(issueDate(undefined, { year: 2021, month: 5, day: 26 })).toEqual({ date: "2021-05-26", dateInferred: true });
    expect(issueDate(undefined, { year: null, month: 5, day: 26 })).toEqual({ date: "--05-26", dateInferred: true });
    expect(issueDate(undefined, null)).toEqual({ date: null, dateInferred: false });
  });
});

import { describe, expect, it } from "vitest";
import { formatDate, issueLabel } from "../../src/shared/format";

describe("dates as readers see them", () => {
  it("as far as they are known; a day without a year does not pass for this year", () => {
    expect(formatDate("2022-07-27")).toBe("2022年7月27日");
    expect(formatDate("2022-07")).toBe("2022年7月");
    expect(formatDate("2022")).toBe("2022年");
    expect(formatDate("--07-27")).toBe("某年7月27日");
    expect(formatDate(null)).toBe("日期不详");
    expect(issueLabel({ publication: "山亭区报", date: "--07-27", dateInferred: true })).toBe("山亭区报 · 某年7月27日（推断）");
  });
});

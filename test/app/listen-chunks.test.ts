import { describe, expect, it } from "vitest";
import { chunks } from "../../src/app/listen/listen-session";

describe("reading aloud in pieces", () => {
  it("splits a paragraph at sentence ends into pieces of about 120 characters, losing nothing but spaces", () => {
    const p = `${"区里召开会议。".repeat(40)}最后一句没有句号`;
    const parts = chunks(p);
    expect(parts.join("")).toBe(p);
    expect(parts.every((c) => [...c].length <= 240)).toBe(true);
    expect(parts.slice(0, -1).every((c) => c.endsWith("。"))).toBe(true);
    expect(chunks("短句。")).toEqual(["短句。"]);
  });
});

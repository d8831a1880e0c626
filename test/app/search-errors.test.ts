import { describe, expect, it } from "vitest";
import { dataErrorMessage } from "../../src/app/search/site-fetch";
import { FormatMismatch, HttpError, NetworkError, StaleBuild } from "../../src/shared/search/data-set";

describe("what a reader is told when the search data cannot be read", () => {
  it("offline, in Chinese, never a technical message", () => {
    for (const e of [new NetworkError("data/search/b/3.x.bin.gz: Failed to fetch"), new TypeError("Failed to fetch")]) {
      const text = dataErrorMessage(e, false);
      expect(text).toContain("离线");
      expect(text).not.toMatch(/fetch|HTTP|worker/i);
    }
    expect(dataErrorMessage(new NetworkError("x"), true)).toContain("连不上网站");
  });

  it("a newer site asks for a reload instead of showing no results", () => {
    expect(dataErrorMessage(new FormatMismatch("format 3"), true)).toContain("刷新页面");
    expect(dataErrorMessage(new StaleBuild("gone"), true)).toContain("刷新页面");
    expect(dataErrorMessage(new HttpError("data/search/entry.json", 500), true)).toContain("HTTP 500");
  });
});

import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport, reportTarget } from "../../src/loader/site-config";
import { buildContent, dataFiles, summary } from "../../src/loader/build";
import { CONTENT } from "./helpers";

describe("where readers report an error (纠错)", () => {
  it("is a mail address or an http(s) URL; anything else is refused with the reason", () => {
    expect(parseReport("jiucuo@example.org")).toEqual({ target: "mailto:jiucuo@example.org" });
    expect(parseReport("mailto:jiucuo@example.org")).toEqual({ target: "mailto:jiucuo@example.org" });
    expect(parseReport("https://example.org/form?a=1")).toEqual({ target: "https://example.org/form?a=1" });
    expect(parseReport("javascript:alert(1)")).toEqual({ target: null, problem: expect.stringContaining("neither a mail address") });
    expect(parseReport(42).problem).toBeTruthy();
    expect(parseReport(undefined)).toEqual({ target: null });
  });

  it("comes from KANBAO_REPORT, else content/site.json, and reaches the catalog entry; a bad one is named in the summary", () => {
    const root = mkdtempSync(join(tmpdir(), "kanbao-site-"));
    writeFileSync(join(root, "a.txt"), "标题\n\n□记者 王明\n\n本报讯 2022年7月27日，区里召开会议。");
    writeFileSync(join(root, "site.json"), JSON.stringify({ report: "https://example.org/jiucuo", name: "ignored here" }));
    expect(reportTarget(root, {})).toEqual({ target: "https://example.org/jiucuo" });
    expect(reportTarget(root, { KANBAO_REPORT: "a@b.cn" })).toEqual({ target: "mailto:a@b.cn" });
    const build = buildContent(root);
    // A folder without issues/ is scanned whole: site.json configures, it is not an issue.
    expect(build.problems).toEqual([]);
    expect(build.issues).toHaveLength(1);
    expect(JSON.parse(dataFiles(build).get("data/catalog.json") as string).report).toBe("https://example.org/jiucuo");
    writeFileSync(join(root, "site.json"), "{ not json");
    expect(summary(buildContent(root))).toMatch(/site\.json: not valid JSON/);
    expect(JSON.parse(dataFiles(buildContent(CONTENT)).get("data/catalog.json") as string).report).toBe("mailto:jiucuo@example.org");
  });
});

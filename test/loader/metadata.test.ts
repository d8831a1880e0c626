import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inferDate, issueDate, withFolderPublication } from "../../src/loader/metadata";
import { buildContent, dataFiles, summary } from "../../src/loader/build";

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

describe("publication and year of files the manifest does not describe", () => {
  it("the publication comes from the manifest (entry, then defaults), else from the nearest folder that is not a date", () => {
    expect(withFolderPublication({ publication: "市中区报" }, "高新区报/a.txt").publication).toBe("市中区报");
    expect(withFolderPublication({}, "高新区报/2022/07/a.txt").publication).toBe("高新区报");
    expect(withFolderPublication({}, "2022-07/a.jsonl").publication).toBeUndefined();
    expect(withFolderPublication({}, "a.txt").publication).toBeUndefined();
  });

  it("a file whose year is unknown is warned about by name and built as undated", () => {
    const root = mkdtempSync(join(tmpdir(), "kanbao-undated-"));
    mkdirSync(join(root, "issues", "山亭区报"), { recursive: true });
    writeFileSync(join(root, "issues", "山亭区报", "new.txt"), "新闻标题\n\n□记者 王明\n\n本报讯 7月27日，区里召开会议。");
    writeFileSync(join(root, "issues", "山亭区报", "old.txt"), "旧闻标题\n\n□记者 王明\n\n本报讯 2021年5月26日，区里召开会议。");
    const build = buildContent(root);
    expect(build.issues.map((f) => [f.issue.source, f.issue.publication, f.issue.date])).toEqual([
      ["山亭区报/old.txt", "山亭区报", "2021-05-26"],
      ["山亭区报/new.txt", "山亭区报", "--07-27"],
    ]);
    expect(summary(build)).toContain("! 山亭区报/new.txt: no year in the manifest or the text; the issue is listed as undated (日期不详)");
    const entry = JSON.parse(dataFiles(build).get("data/catalog.json") as string);
    const old = build.issues.find((f) => f.issue.source === "山亭区报/old.txt")!.issue.id;
    expect(entry.latest.map((i: { id: string }) => i.id)).toEqual([old]);
    expect(entry.periods.map((p: { key: string }) => p.key)).toEqual(["2021-05", "undated"]);
    expect(entry.publications).toEqual([{ name: "山亭区报", issueCount: 2 }]);
  });
});

import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { catalogFiles, issueFiles } from "../../src/loader/archive-files";
import { dataFiles } from "../../src/loader/build";
import { fixtureBuild } from "../archive-fixture";
import type { ArticlePart, CatalogIndex, IssueIndex, PeriodFile } from "../../src/shared/archive";

const gz = (s: string) => gzipSync(s).length;

describe("the split catalog", () => {
  it("costs home about the same at 60 issues and at 10,000", () => {
    const small = catalogFiles(fixtureBuild({ perPublication: 30 }).catalog).get("data/catalog.json")!;
    const large = catalogFiles(
      fixtureBuild({ perPublication: 1250, publications: ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"] }).catalog,
    ).get("data/catalog.json")!;
    expect(JSON.parse(large).total).toBe(8 * 1251);
    // Ten years of months with counts per paper: a few KB, not the 10,000 issues.
    expect(gz(large)).toBeLessThan(6 * 1024);
    expect(gz(large) - gz(small)).toBeLessThan(4 * 1024);
  });

  it("lists every issue in exactly one period file, newest first; undated ones apart and never among the latest", () => {
    const build = fixtureBuild({ perPublication: 200, undated: 2 });
    const files = catalogFiles(build.catalog);
    const entry = JSON.parse(files.get("data/catalog.json")!) as CatalogIndex;
    const listed = entry.periods.flatMap((p) =>
      (JSON.parse(files.get(`data/catalog/${p.key}.json`)!) as PeriodFile).issues.map((i) => i.id),
    );
    expect(listed.sort()).toEqual(build.catalog.issues.map((i) => i.id).sort());
    expect(entry.periods.at(-1)).toEqual({ key: "undated", count: 4, byPublication: [2, 2] });
    const keys = entry.periods.slice(0, -1).map((p) => p.key);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(entry.periods.reduce((n, p) => n + p.count, 0)).toBe(build.catalog.issues.length);
    expect(entry.latest.map((i) => i.date)).toEqual(build.catalog.issues.slice(0, entry.latest.length).map((i) => i.date));
    expect(entry.latest.every((i) => i.date)).toBe(true);
  });
});

describe("split issues", () => {
  it("keep a small issue whole, with its neighbours of the same paper; an undated issue has none", () => {
    const build = fixtureBuild({ perPublication: 3 });
    const files = issueFiles(build.catalog, build.issues);
    const mid = JSON.parse(files.get("data/issues/p0-2016-01-04.json")!) as IssueIndex;
    expect(mid.parts).toBe(0);
    expect(mid.prev?.id).toBe("p0-2016-01-01");
    expect(mid.next?.id).toBe("p0-2016-01-07");
    expect(JSON.parse(files.get("data/issues/p0-2016-01-07.json")!).next).toBeNull();
    const undated = JSON.parse(files.get("data/issues/p0-undated-3.json")!) as IssueIndex;
    expect([undated.prev, undated.next]).toEqual([null, null]);
  });

  it("past a size become heads plus parts: one article costs its part, not the issue, and no text is lost", () => {
    const build = fixtureBuild({ perPublication: 1, undated: 0, publications: ["甲报"], articles: 40, paragraphs: 30 });
    const files = issueFiles(build.catalog, build.issues, { splitBytes: 64 * 1024, partBytes: 16 * 1024 });
    const id = build.issues[0].issue.id;
    const whole = JSON.stringify(build.issues[0]).length;
    const index = JSON.parse(files.get(`data/issues/${id}.json`)!) as IssueIndex;
    expect(index.parts).toBeGreaterThan(3);
    expect(index.articles.map((a) => a.title)).toEqual(build.issues[0].articles.map((a) => a.title));
    const parts = Array.from({ length: index.parts }, (_, k) => JSON.parse(files.get(`data/issues/${id}/${k}.json`)!) as ArticlePart);
    expect(parts.flatMap((p) => p.articles.map((a) => a.paragraphs))).toEqual(build.issues[0].articles.map((a) => a.paragraphs));
    const biggest = Math.max(...parts.map((_, k) => files.get(`data/issues/${id}/${k}.json`)!.length));
    expect(files.get(`data/issues/${id}.json`)!.length + biggest).toBeLessThan(whole / 2);
  });
});

describe("related articles and tag pages", () => {
  it("each article has a few related ones, never itself, in a few hundred bytes", () => {
    const files = dataFiles(fixtureBuild({ perPublication: 40 }));
    const issue = JSON.parse(files.get("data/issues/p0-2016-01-04.json") as string) as IssueIndex;
    for (const a of issue.articles) {
      if (!("related" in a)) throw new Error("whole articles expected");
      expect(a.related.length).toBeGreaterThan(0);
      expect(a.related.length).toBeLessThanOrEqual(4);
      expect(a.related.some((r) => r.i === issue.issue.id && r.a === a.id)).toBe(false);
      expect(JSON.stringify(a.related).length).toBeLessThan(600);
    }
  });

  it("a tag's data names the tags seen with it, with counts", () => {
    const files = dataFiles(fixtureBuild({ perPublication: 10, undated: 0 }));
    const entry = JSON.parse(files.get("data/catalog.json") as string) as CatalogIndex;
    const all = Object.assign(
      {},
      ...Array.from({ length: entry.tagInfoBuckets }, (_, k) => JSON.parse(files.get(`data/tag-info/${k}.json`) as string)),
    );
    // 宋磊 is in the first article of every issue, always with 第1街道, and with each building site in two issues in a row.
    expect(all["人物:宋磊"].co[0]).toEqual(["地点:第1街道", 20]);
    expect(all["人物:宋磊"].co.slice(1)).toContainEqual(["机构:甲报0号工地", 2]);
    expect(all["人物:宋磊"].co.every(([, c]: [string, number]) => c >= 2)).toBe(true);
  });
});

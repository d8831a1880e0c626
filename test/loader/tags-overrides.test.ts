import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContent, dataFiles } from "../../src/loader/build";
import { memoryEngine } from "../shared/search-helpers";
import { tagBucket, tagPaths, type TagMeta } from "../../src/shared/search/tag-format";
import { CONTENT } from "./helpers";
import { tagInfoFiles } from "../../src/loader/tag-info";
import { tagInfoPath } from "../../src/shared/paths";
import type { TagInfo } from "../../src/shared/tag-info";

const SEEDS = ["000_7377606bfa394453.txt", "004_5b522bed40a50bb1.txt"];

function contentWith(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), "kanbao-tags-"));
  mkdirSync(join(root, "issues"));
  for (const s of SEEDS) copyFileSync(join(CONTENT, "issues", s), join(root, "issues", s));
  copyFileSync(join(CONTENT, "manifest.json"), join(root, "manifest.json"));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(root, name), typeof body === "string" ? body : JSON.stringify(body));
  return root;
}

const facetsOf = (files: Map<string, string | Uint8Array>) => memoryEngine([], files).facets;
const articles = (b: ReturnType<typeof buildContent>) =>
  b.issues.flatMap((f) => f.articles.map((a) => ({ ref: `${f.issue.id}/${a.id}`, a })));

describe("editor overrides in tags.json", () => {
  it("add, remove, rename and merge reach articles, facets and tag pages", async () => {
    const plain = buildContent(contentWith({}));
    const first = articles(plain)[0];
    const root = contentWith({
      "tags.json": {
        add: [{ article: first.ref, kind: "人物", name: "王编辑" }],
        remove: [{ kind: "地点", name: "孟庄镇" }],
        rename: [{ kind: "人物", from: "左文", to: "左文同志" }],
        merge: [{ kind: "机构", names: ["区委"], into: "中共市中区委员会" }],
      },
    });
    const b = buildContent(root);
    expect(b.problems).toEqual([]);
    const all = articles(b);
    expect(all[0].a.tags.people).toContain("王编辑");
    expect(all.some(({ a }) => a.tags.places.includes("孟庄镇"))).toBe(false);
    expect(all.some(({ a }) => a.tags.people.includes("左文"))).toBe(false);
    expect(all.some(({ a }) => a.tags.people.includes("左文同志"))).toBe(true);
    const files = dataFiles(b);
    const facets = facetsOf(files);
    expect(await facets.tagDocs("地点:孟庄镇")).toBeNull();
    expect((await facets.tagDocs("人物:王编辑"))?.length).toBe(1);
    // The merged body is one tag; its written form still finds it.
    const merged = await facets.tagDocs("机构:中共市中区委员会");
    expect(merged?.length).toBeGreaterThan(0);
    expect(await facets.tagDocs("机构:区委")).toEqual(merged);
  });

  it("a bad file or entry is one line naming the file and the path; the build goes on", () => {
    const b = buildContent(
      contentWith({ "tags.json": { remove: [{ kind: "人名", name: "x" }], rename: [{ kind: "人物", from: "无此人", to: "某" }] } }),
    );
    expect(b.problems).toEqual([{ file: "tags.json", reason: "remove.0.kind: must be one of 人物, 地点, 机构, 主题, 类型" }]);
    expect(b.issues.length).toBe(2);
    const stale = buildContent(contentWith({ "tags.json": { rename: [{ kind: "人物", from: "无此人", to: "某" }] } }));
    expect(stale.problems).toEqual([{ file: "tags.json", reason: "rename.0: no article has 人物 无此人" }]);
    const broken = buildContent(contentWith({ "tags.json": "{" }));
    expect(broken.problems[0].reason).toMatch(/^not valid JSON: /u);
  });
});

describe("one tag per thing in the tag data", () => {
  it("a bare place is filed under its full name; the bare form leads there", async () => {
    const root = mkdtempSync(join(tmpdir(), "kanbao-tags-"));
    mkdirSync(join(root, "issues"));
    writeFileSync(
      join(root, "issues", "a.jsonl"),
      [
        {
          id: "1",
          title: "吉林冰雪旅游升温",
          body: "吉林的冰雪旅游持续升温。区委书记王建国说，要办好冰雪节。",
          issue: "x",
          date: "2024-01-02",
        },
        { id: "2", title: "吉林省召开会议", body: "吉林省召开冰雪经济会议。区委书记王建国出席。", issue: "x", date: "2024-01-02" },
      ]
        .map((r) => JSON.stringify(r))
        .join("\n"),
    );
    const files = dataFiles(buildContent(root));
    const facets = facetsOf(files);
    expect((await facets.tagDocs("地点:吉林省"))?.length).toBe(2);
    expect((await facets.tagDocs("地点:吉林"))?.length).toBe(2);
    const { data } = memoryEngine([], files);
    const meta = await data.json<TagMeta>(tagPaths.meta());
    expect(meta.panel.map((p) => p.t)).toContain("地点:吉林省");
    expect(meta.panel.map((p) => p.t)).not.toContain("地点:吉林");
    // The person's page lists the title with its dates, and 吉林省 among its company in both articles, one written 吉林.
    const info = tagInfoFiles(buildContent(root).issues);
    const infoOf = (tag: string) =>
      (JSON.parse(info.files.get(tagInfoPath(tagBucket(tag, info.buckets)))!) as Record<string, TagInfo>)[tag];
    expect(infoOf("人物:王建国").roles).toEqual([["区委书记", "2024-01-02", "2024-01-02", 2]]);
    expect(infoOf("人物:王建国").co.map(([t]) => t)).toContain("地点:吉林省");
    expect((await data.load(tagPaths.docTags())).length).toBeGreaterThan(0);
  });
});

/**
 * Content folders of hostile size and shape through the loader: each is built
 * (or named with its reason), never a crash of the whole build, a stack
 * overflow on a big array, or work that grows with the square of the input.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContent } from "../../src/loader/build";
import { contentDir } from "./content-dir";

/** Text of `n` distinct Han characters from a seeded generator: bodies that share almost no 4-gram. */
function hanText(seed: number, n: number): string {
  let x = seed >>> 0 || 1;
  let s = "";
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += String.fromCharCode(0x4e00 + ((x >>> 8) % 20000));
  }
  return s;
}

describe("inputs too big to spread onto the call stack", () => {
  it("a text file of 200,000 short lines is an issue, every line in it", () => {
    const line = "这是一行很短的文字。";
    const root = contentDir({ "issues/lines.txt": `标题\n\n${`${line}\n`.repeat(200_000)}` }, []);
    const build = buildContent(root, { saveIds: false });
    expect(build.problems).toEqual([]);
    const f = build.issues.find((i) => i.issue.source === "lines.txt")!;
    const text = [...f.articles.flatMap((a) => [a.title, ...a.paragraphs]), ...f.noise].join("");
    expect(text.split(line).length - 1).toBe(200_000);
  });

  it("a text naming a date 200,000 times gets that date", () => {
    const root = contentDir({ "issues/dates.txt": `会议纪要\n\n□记者 王明\n\n${"2021年7月1日，".repeat(200_000)}\n` }, []);
    const build = buildContent(root, { saveIds: false });
    expect(build.problems).toEqual([]);
    expect(build.catalog.issues.map((i) => [i.date, i.dateInferred])).toEqual([["2021-07-01", true]]);
  });

  // The size is the point (the stack holds about 125,000 arguments): a slow test, given its own bound.
  it("an export of 140,000 issues builds them all", { timeout: 180_000 }, () => {
    const records = Array.from({ length: 140_000 }, (_, i) => JSON.stringify({ issue: `n${i}`, title: "题", body: "文" }));
    const root = contentDir({ "issues/many.jsonl": `${records.join("\n")}\n` }, []);
    const build = buildContent(root, { saveIds: false });
    expect(build.problems).toEqual([]);
    expect(build.catalog.issues).toHaveLength(140_000);
  });
});

describe("many files", () => {
  it("10,000 tiny files are 10,000 issues with 10,000 URLs", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++)
      files[`issues/${String(i).padStart(5, "0")}.txt`] = `标题${i}号\n\n□记者 王明\n\n本报讯 第${i}号文件的正文。\n`;
    const build = buildContent(contentDir(files, []), { saveIds: false });
    expect(build.problems).toEqual([]);
    const urls = build.issues.flatMap((f) => f.articles.map((a) => `${f.issue.id}/${a.id}`));
    expect(new Set(urls).size).toBe(10_000);
  });
});

describe("an export without issue fields: one issue of the whole archive", () => {
  // Before candidates were indexed, matching against the ledger compared every pair:
  // 10,000 articles took minutes to rebuild; now about as long as the first build.
  it("10,000 articles rebuild against their ledger, every id kept", () => {
    const records = Array.from({ length: 10_000 }, (_, i) =>
      JSON.stringify({ title: `第${i}篇：${hanText(i + 7, 12)}`, body: `${hanText(i + 1, 120)}\n${hanText(i + 100_000, 80)}` }),
    );
    const root = contentDir({ "issues/all.jsonl": `${records.join("\n")}\n` }, []);
    const first = buildContent(root);
    const ids = first.issues[0].articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(10_000);
    // A corrected headline and body keep their article's id.
    records[10] = JSON.stringify({ title: "更正后的标题", body: JSON.parse(records[10]).body });
    writeFileSync(join(root, "issues", "all.jsonl"), `${records.join("\n")}\n`);
    const second = buildContent(root);
    expect(second.problems).toEqual([]);
    expect(second.issues[0].articles.map((a) => a.id)).toEqual(ids);
  });
});

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT } from "./helpers";

const TSX = join(import.meta.dirname, "..", "..", "node_modules", ".bin", "tsx");
const PARSE = join(import.meta.dirname, "..", "..", "src", "loader", "cli", "parse.ts");

describe("npm run -s parse -- FILE", () => {
  it("prints the issue, its articles, noise and warnings as JSON", () => {
    const out = JSON.parse(execFileSync(TSX, [PARSE, join(CONTENT, "issues", "000_7377606bfa394453.txt")], { encoding: "utf8" }));
    expect(Object.keys(out)).toEqual(["issue", "articles", "noise", "warnings"]);
    expect(out.issue).toMatchObject({ publication: "市中区报", layout: "A" });
    expect(out.articles).toHaveLength(9);
    expect(Object.keys(out.articles[0])).toEqual(
      expect.arrayContaining(["id", "kicker", "title", "subtitle", "byline", "paragraphs", "page", "doubts"]),
    );
    // Each doubt says what kind of decision, on which line, read how, and what came close.
    for (const d of out.articles.flatMap((a: { doubts: unknown[] }) => a.doubts))
      expect(Object.keys(d)).toEqual(["kind", "line", "reading", "alternative"]);
    expect(out.noise).toEqual(["市中云报APP", "幸福微市中微信"]);
  });

  it("names the file and the reason for bad input, with a non-zero exit", () => {
    const file = join(mkdtempSync(join(tmpdir(), "kanbao-cli-")), "empty.txt");
    writeFileSync(file, "");
    const r = spawnSync(TSX, [PARSE, file], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}: the file is empty`);
    expect(r.stdout).toBe("");
  });
});

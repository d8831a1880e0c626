import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { screen, within } from "@testing-library/react";
import { renderAt, serve } from "./render-app";
import { buildContent, dataFiles } from "../../src/loader/build";

// Three issues of one paper and one of another: 往期 links stay within a paper, in date order.
function archive() {
  const root = mkdtempSync(join(tmpdir(), "kanbao-nav-"));
  mkdirSync(join(root, "issues"));
  const issue = (title: string) => `${title}\n\n□记者 王明\n\n本报讯 区里召开会议，部署下一步工作。`;
  const manifest: Record<string, { publication: string; date: string; id: string }> = {
    "a.txt": { publication: "甲报", date: "2024-03-01", id: "jia-0301" },
    "b.txt": { publication: "甲报", date: "2024-03-08", id: "jia-0308" },
    "c.txt": { publication: "甲报", date: "2024-03-15", id: "jia-0315" },
    "d.txt": { publication: "乙报", date: "2024-03-10", id: "yi-0310" },
  };
  // A file of the same paper whose text gives no date: undated, so neither the oldest nor the newest.
  writeFileSync(join(root, "issues", "e.txt"), issue("无日期头条"));
  Object.assign(manifest, { "e.txt": { publication: "甲报", id: "jia-undated" } });
  for (const f of Object.keys(manifest)) writeFileSync(join(root, "issues", f), issue(`${f}号头条`));
  writeFileSync(join(root, "manifest.json"), JSON.stringify({ issues: manifest }));
  return dataFiles(buildContent(root));
}

describe("往期: previous and next issue of the same paper", () => {
  const files = archive();

  it("on an issue page", async () => {
    serve(files);
    renderAt("/issues/jia-0308");
    const nav = await screen.findByRole("navigation", { name: "往期" });
    expect(within(nav).getByRole("link", { name: /上一期/ })).toHaveAttribute("href", "/issues/jia-0301/");
    expect(within(nav).getByRole("link", { name: /下一期/ })).toHaveAttribute("href", "/issues/jia-0315/");
  });

  it("on an article page; the newest issue has no next one", async () => {
    serve(files);
    const newest = JSON.parse(files.get("data/issues/jia-0315.json") as string);
    renderAt(`/issues/jia-0315/${newest.articles[0].id}`);
    const nav = await screen.findByRole("navigation", { name: "往期" });
    expect(within(nav).getByRole("link", { name: /上一期/ })).toHaveAttribute("href", "/issues/jia-0308/");
    expect(within(nav).queryByRole("link", { name: /下一期/ })).toBeNull();
  });

  it("an undated issue has neither", async () => {
    serve(files);
    renderAt("/issues/jia-undated");
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("navigation", { name: "往期" })).toBeNull();
  });
});

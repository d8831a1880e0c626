import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderAt, serve } from "./render-app";
import { dataFiles } from "../../src/loader/build";
import { fixtureBuild } from "../archive-fixture";

describe("an issue by page (版面)", () => {
  const build = fixtureBuild({ perPublication: 2, undated: 0, publications: ["甲报"], articles: 8, pages: 4 });
  const files = dataFiles(build);
  const id = build.issues[0].issue.id;

  it("groups the contents by page, with a page index and 上一版 / 下一版", async () => {
    serve(files);
    renderAt(`/issues/${id}`);
    const pages = await screen.findByRole("navigation", { name: "版面" });
    expect(
      within(pages)
        .getAllByRole("link")
        .map((a) => [a.textContent, a.getAttribute("href")]),
    ).toEqual([
      ["第A01版 · 要闻", "#page-A01"],
      ["第A02版 · 综合", "#page-A02"],
      ["第A03版 · 经济", "#page-A03"],
      ["第A04版 · 文化", "#page-A04"],
    ]);
    const second = screen.getByRole("list", { name: "第A02版 · 综合" });
    expect(
      within(second)
        .getAllByRole("heading")
        .map((h) => h.textContent),
    ).toEqual(build.issues[0].articles.slice(2, 4).map((a) => a.title));
    const steps = screen.getByRole("navigation", { name: "第A02版 · 综合：上一版、下一版" });
    expect(within(steps).getByRole("link", { name: /上一版/ })).toHaveAttribute("href", "#page-A01");
    expect(within(steps).getByRole("link", { name: /下一版/ })).toHaveAttribute("href", "#page-A03");
    expect(
      within(screen.getByRole("navigation", { name: "第A01版 · 要闻：上一版、下一版" })).queryByRole("link", { name: /上一版/ }),
    ).toBeNull();
  });

  it("an article says which page it is on, linked to that page of the contents", async () => {
    serve(files);
    renderAt(`/issues/${id}/${build.issues[0].articles[3].id}`);
    await screen.findByRole("heading", { level: 1, name: build.issues[0].articles[3].title });
    expect(screen.getByRole("link", { name: "第A02版 · 综合" })).toHaveAttribute("href", `/issues/${id}/#page-A02`);
  });

  it("an issue without pages is one list, as before", async () => {
    serve(dataFiles(fixtureBuild({ perPublication: 1, undated: 0, publications: ["甲报"] })));
    renderAt("/issues/p0-2016-01-01");
    await screen.findByRole("list", { name: "本期目录" });
    expect(screen.queryByRole("navigation", { name: "版面" })).toBeNull();
  });
});

describe("a huge issue", () => {
  const build = fixtureBuild({ perPublication: 1, undated: 0, publications: ["甲报"], articles: 60, paragraphs: 30 });
  const files = dataFiles(build, { splitBytes: 32 * 1024, partBytes: 16 * 1024 });
  const issue = build.issues[0];

  it("opening one article fetches the issue's heads and one part, not the whole issue", async () => {
    const requested = serve(files);
    const a = issue.articles[45];
    renderAt(`/issues/${issue.issue.id}/${a.id}`);
    await screen.findByRole("heading", { level: 1, name: a.title });
    expect(screen.getByText(a.paragraphs[29])).toBeInTheDocument();
    const parts = requested.filter((p) => p.startsWith(`data/issues/${issue.issue.id}/`));
    expect(parts).toHaveLength(1);
    const fetched = requested.reduce((n, p) => n + ((files.get(p) as string | undefined)?.length ?? 0), 0);
    expect(fetched).toBeLessThan(JSON.stringify(issue).length / 3);
    expect(screen.getByRole("link", { name: /下一篇/ })).toHaveAccessibleName(`下一篇 ： ${issue.articles[46].title}`);
  });

  it("its contents list every article from the heads alone", async () => {
    const requested = serve(files);
    renderAt(`/issues/${issue.issue.id}`);
    const toc = await screen.findByRole("list", { name: "本期目录" });
    expect(within(toc).getAllByRole("heading")).toHaveLength(60);
    expect(within(toc).getByText(issue.articles[59].paragraphs[0].slice(0, 20), { exact: false })).toBeInTheDocument();
    expect(requested.filter((p) => p.startsWith(`data/issues/${issue.issue.id}/`))).toEqual([]);
  });
});

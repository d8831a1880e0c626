import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderAt, serve, siteData } from "./render-app";

describe("home", () => {
  it("lists the issues newest first with their lead headlines, from the catalog only", async () => {
    const requested = serve();
    renderAt("/");
    const list = await screen.findByRole("list", { name: "各期报纸" });
    const issues = within(list).getAllByRole("article");
    expect(issues.map((i) => within(i).getByRole("heading").textContent)).toEqual(["市中区报 · 2022年7月27日（推断）", "枣庄高新区报 · 2021年5月26日（推断）"]);
    expect(within(issues[0]).getByRole("link", { name: "市领导来我区调研" })).toHaveAttribute("href", expect.stringMatching(/^\/issues\/000_7377606bfa394453\/[a-z0-9]+$/));
    expect(requested).toEqual(["data/catalog.json"]);
  });

  it("tells an editor how to add content when the archive is empty", async () => {
    serve(new Map([["data/catalog.json", JSON.stringify({ version: 1, issues: [], publications: [] })]]));
    renderAt("/");
    expect(await screen.findByRole("heading", { name: "还没有报纸" })).toBeInTheDocument();
    expect(screen.getByText("content/issues/")).toBeInTheDocument();
  });
});

describe("issue contents", () => {
  it("lists every article title in print order", async () => {
    serve();
    renderAt("/issues/004_5b522bed40a50bb1");
    const file = JSON.parse(siteData.get("data/issues/004_5b522bed40a50bb1.json")!);
    const links = await screen.findAllByRole("link", { name: (n) => file.articles.some((a: { title: string }) => a.title === n) });
    expect(links.map((l) => l.textContent)).toEqual(file.articles.map((a: { title: string }) => a.title));
  });

  it("an unknown issue is a real 404 with a way home", async () => {
    serve();
    renderAt("/issues/no-such-issue");
    expect(await screen.findByRole("heading", { name: "找不到这个页面" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "回到首页" })).toHaveAttribute("href", "/");
  });
});

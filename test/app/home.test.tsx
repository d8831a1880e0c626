import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderAt, serve, siteData } from "./render-app";

const catalog = JSON.parse(siteData.get("data/catalog.json") as string);

describe("home /", () => {
  it("lists the newest issues with date (inferred marked), article count and lead headlines, from the catalog entry only", async () => {
    const requested = serve();
    renderAt("/");
    const list = await screen.findByRole("list", { name: "最新各期" });
    const issues = within(list).getAllByRole("article");
    expect(issues.map((i) => within(i).getByRole("heading").textContent)).toEqual([
      "市中区报 · 2022年7月27日（推断）",
      "枣庄高新区报 · 2021年5月26日（推断）",
    ]);
    expect(within(issues[0]).getByText("9 篇文章")).toBeInTheDocument();
    expect(within(issues[0]).getByRole("link", { name: "市领导来我区调研" })).toHaveAttribute(
      "href",
      expect.stringMatching(/^\/issues\/000_7377606bfa394453\/[a-z0-9]+\/$/),
    );
    expect(requested).toEqual(["data/catalog.json"]);
  });

  it("filters by publication, and the URL keeps the filter", async () => {
    serve();
    const { router } = renderAt("/");
    await userEvent.click(await screen.findByRole("link", { name: "枣庄高新区报（1）" }));
    const list = await screen.findByRole("list", { name: "枣庄高新区报 · 最新各期" });
    expect(within(list).getAllByRole("article")).toHaveLength(1);
    expect(router.state.location.search).toEqual({ pub: "枣庄高新区报" });
  });

  it("往期 reaches an issue in three taps: year, month, day; the month's file is fetched only then", async () => {
    const requested = serve();
    const { router } = renderAt("/");
    const nav = await screen.findByRole("region", { name: "往期" });
    await userEvent.click(within(nav).getByRole("link", { name: /^2021年/ }));
    await userEvent.click(await within(nav).findByRole("link", { name: "5月，1期" }));
    const cal = await within(nav).findByRole("table", { name: "2021年5月出版的报纸" });
    expect(requested).toContain("data/catalog/2021-05.json");
    expect(within(cal).queryByRole("link", { name: /5月25日/ })).toBeNull();
    await userEvent.click(within(cal).getByRole("link", { name: "5月26日，1期" }));
    expect(await screen.findByRole("heading", { level: 1, name: "枣庄高新区报 · 2021年5月26日（推断）" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/issues/004_5b522bed40a50bb1");
  });

  it("malformed search parameters fall back to the newest issues", async () => {
    serve();
    renderAt("/?year=yesterday&month=%E0%A4&pub=&date=1");
    expect(within(await screen.findByRole("list", { name: "最新各期" })).getAllByRole("article")).toHaveLength(catalog.latest.length);
  });

  it("tells an editor how to add content when the archive is empty", async () => {
    serve(
      new Map([
        ["data/catalog.json", JSON.stringify({ version: 1, total: 0, publications: [], periods: [], latest: [], tagInfoBuckets: 0 })],
      ]),
    );
    renderAt("/");
    expect(await screen.findByRole("heading", { name: "还没有报纸" })).toBeInTheDocument();
    expect(screen.getByText("content/issues/")).toBeInTheDocument();
  });

  it("a failed catalog fetch shows an error with a retry that recovers", async () => {
    const fail = new Set(["data/catalog.json"]);
    serve(siteData, fail);
    renderAt("/");
    expect(await screen.findByRole("heading", { name: "内容没有加载成功" })).toBeInTheDocument();
    fail.clear();
    await userEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(await screen.findByRole("list", { name: "最新各期" })).toBeInTheDocument();
  });
});

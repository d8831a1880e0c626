import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderAt, serve, siteData } from "./render-app";

const issue = JSON.parse(siteData.get("data/issues/004_5b522bed40a50bb1.json") as string);

describe("issue /issues/$issueId", () => {
  it("shows the table of contents in print order: kicker, title, subtitle, byline, first line", async () => {
    const requested = serve();
    renderAt("/issues/004_5b522bed40a50bb1");
    const toc = await screen.findByRole("list", { name: "本期目录" });
    const items = within(toc).getAllByRole("listitem");
    expect(items.map((li) => within(li).getByRole("heading").textContent)).toEqual(issue.articles.map((a: { title: string }) => a.title));
    const second = items[1];
    expect(within(second).getByText("抢抓施工黄金期 推动项目早日投产达效")).toBeInTheDocument();
    expect(within(second).getByText("梁晓雨")).toBeInTheDocument();
    expect(within(items[0]).getByText(/^近日，高新区国家卫生城市复审工作部署会议/)).toBeInTheDocument();
    expect(requested).toEqual(["data/catalog.json", "data/issues/004_5b522bed40a50bb1.json"]);
  });

  it("an unknown issue is a real 404 with a way home", async () => {
    serve();
    renderAt("/issues/no-such-issue");
    expect(await screen.findByRole("heading", { name: "找不到这个页面" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "回到首页" })).toHaveAttribute("href", "/");
  });

  it("an id of any shape is a 404, never a crash", async () => {
    serve();
    renderAt("/issues/..%2F..%2Fetc%2Fpasswd");
    expect(await screen.findByRole("heading", { name: "找不到这个页面" })).toBeInTheDocument();
  });
});

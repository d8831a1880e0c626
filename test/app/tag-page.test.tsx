import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderAt, serve } from "./render-app";

describe("a person's tag page", () => {
  it("shows the titles the articles give, with their dates", async () => {
    serve();
    renderAt(`/tags/${encodeURIComponent("人物")}/${encodeURIComponent("宋磊")}`);
    expect(await screen.findByRole("heading", { level: 1, name: "人物：宋磊" })).toBeInTheDocument();
    const roles = await screen.findByRole("region", { name: "职务" });
    expect(within(roles).getByText(/^区委书记 ·/u)).toHaveTextContent("区委书记 · 2022-07-27");
  });

  it("a place's tag page has no titles", async () => {
    const requested = serve();
    renderAt(`/tags/${encodeURIComponent("地点")}/${encodeURIComponent("孟庄镇")}`);
    expect(await screen.findByRole("heading", { level: 1, name: "地点：孟庄镇" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "职务" })).toBeNull();
    // Titles are fetched for people only.
    expect(requested.filter((p) => p.includes("tag-roles"))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderAt, serve, siteData } from "./render-app";
import { HOME_ISSUES } from "../../src/app/home-issues";

const catalog = JSON.parse(siteData.get("data/catalog.json") as string);

describe("home of a large archive", () => {
  it("lists the newest issues first and the rest on request", async () => {
    const base = catalog.issues[0];
    const issues = Array.from({ length: HOME_ISSUES + 15 }, (_, i) => ({ ...base, id: `x-${String(i).padStart(3, "0")}`, date: null }));
    serve(new Map([["data/catalog.json", JSON.stringify({ ...catalog, issues })]]));
    renderAt("/");
    const list = await screen.findByRole("list", { name: "全部报纸" });
    expect(within(list).getAllByRole("article")).toHaveLength(HOME_ISSUES);
    await userEvent.click(screen.getByRole("button", { name: "更多报纸（还有 15 期）" }));
    expect(within(list).getAllByRole("article")).toHaveLength(HOME_ISSUES + 15);
    expect(screen.queryByRole("button", { name: /更多报纸/ })).toBeNull();
  });
});

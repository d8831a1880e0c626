import { describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderAt, resultsOf, serve } from "./render-app";
import { memoryEngine, seedIssues } from "../shared/search-helpers";
import type { SearchRequest, SearchResponse } from "../../src/app/search/protocol";
import { filteredSearch } from "../../src/shared/search/filtered-search";

// The worker's code, run in-process: jsdom has no Worker.
const { engine, facets } = memoryEngine(seedIssues());
const failNext = { on: false };
vi.mock("../../src/app/search/search-client", () => ({
  searchPage: async (req: Omit<SearchRequest, "id">): Promise<SearchResponse> => {
    if (failNext.on) {
      failNext.on = false;
      return { id: 0, ok: false, error: "network down" };
    }
    const r = await filteredSearch(engine, facets, req.q, req, req.facets);
    const page = r.hits.slice(req.offset, req.offset + req.limit);
    const items = await Promise.all(
      page.map(async (h) => ({ doc: h.doc, fragment: await engine.fragment(h.doc), titleHits: h.titleHits })),
    );
    return {
      id: 0,
      ok: true,
      query: r.query,
      convertedFrom: r.convertedFrom,
      terms: r.terms,
      total: r.total,
      items,
      facets: r.facets,
      unknown: r.unknown,
      ms: 0,
    };
  },
}));

describe("search /search", () => {
  it("typing in the box on any page shows ranked results with the terms marked; the URL holds the query", async () => {
    serve();
    const { router } = renderAt("/");
    await screen.findByRole("heading", { level: 1, name: "各期报纸" });
    await userEvent.keyboard("/");
    expect(screen.getByRole("searchbox", { name: "搜索全文" })).toHaveFocus();
    await userEvent.keyboard("营商环境");
    // Typed key by key: shorter queries may be searched on the way (营商 also finds 4).
    await resultsOf("营商环境");
    expect(screen.getByText("共 4 篇")).toBeInTheDocument();
    const results = within(screen.getByRole("list", { name: "搜索结果" })).getAllByRole("article");
    expect(results).toHaveLength(4);
    const title = within(results[0]).getByRole("link");
    expect(title).toHaveTextContent("高新区优化营商环境工作会议召开");
    expect(within(title).getByText("营商环境").tagName).toBe("MARK");
    expect(results[1].querySelector(".snippet mark")?.textContent).toBe("营商环境");
    expect(router.state.location.search).toMatchObject({ q: "营商环境" });
  });

  it("a shared search URL shows the same results after a reload", async () => {
    serve();
    renderAt("/search?q=%E6%96%87%E6%98%8E%E5%9F%8E%E5%B8%82");
    expect(await screen.findByText("共 4 篇")).toBeInTheDocument();
    expect(screen.getByRole("searchbox", { name: "搜索全文" })).toHaveValue("文明城市");
  });

  it("no results: says so and suggests dropping a term", async () => {
    serve();
    renderAt("/search?q=%E5%8D%AB%E7%94%9F%20%E9%94%82%E7%94%B5");
    expect(await screen.findByText("共 0 篇")).toBeInTheDocument();
    expect(screen.getByText("没有找到同时包含「卫生」「锂电」的文章。")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("link", { name: "去掉「卫生」" }));
    expect(await screen.findByText("共 3 篇")).toBeInTheDocument();
  });

  it("a query in traditional characters says it searched the simplified form", async () => {
    serve();
    renderAt("/search?q=%E8%A1%9B%E7%94%9F%E5%9F%8E%E5%B8%82");
    expect(await screen.findByText(/已将繁体「衛生城市」按简体「卫生城市」搜索/)).toBeInTheDocument();
  });

  it("malformed parameters fall back to an empty search, never an error page", async () => {
    serve();
    renderAt("/search?q[]=x&page=abc");
    expect(await screen.findByRole("heading", { level: 1, name: "搜索" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("an error offers a retry that recovers", async () => {
    serve();
    failNext.on = true;
    renderAt("/search?q=%E9%94%82%E7%94%B5");
    expect(await screen.findByText(/network down/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(await screen.findByText("共 3 篇")).toBeInTheDocument();
  });

  it("opening a result marks the terms in the article", async () => {
    serve();
    renderAt("/search?q=%E9%94%82%E7%94%B5");
    await screen.findByText("共 3 篇");
    const first = document.querySelector<HTMLAnchorElement>("[data-result-link]")!;
    const title = first.textContent!;
    await userEvent.click(first);
    await screen.findByRole("heading", { level: 1, name: title });
    const marks = [...document.querySelectorAll(".article-body mark")].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(["锂电"]));
  });
});

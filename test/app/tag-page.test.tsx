import { describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderAt, serve } from "./render-app";
import { memoryEngine, seedIssues } from "../shared/search-helpers";
import { answer } from "../../src/app/search/answer";
import type { SearchRequest, SearchResponse } from "../../src/app/search/protocol";

// jsdom has no Worker: the worker's own answer, in-process, over the seeds' index.
const { engine, facets } = memoryEngine(seedIssues());
vi.mock("../../src/app/search/search-client", () => ({
  searchPage: async (req: Omit<SearchRequest, "id">): Promise<SearchResponse> => {
    const r = await answer(engine, facets, req, req.offset + req.limit);
    const page = r.hits.slice(req.offset, req.offset + req.limit);
    const items = await Promise.all(
      page.map(async (h) => ({ doc: h.doc, fragment: await engine.fragment(h.doc), titleHits: h.titleHits })),
    );
    return { id: 0, ...r, items, ms: 0 };
  },
}));

describe("a person's tag page", () => {
  it("shows the titles the articles give, with their dates", async () => {
    serve();
    renderAt(`/tags/${encodeURIComponent("人物")}/${encodeURIComponent("宋磊")}`);
    expect(await screen.findByRole("heading", { level: 1, name: "人物：宋磊" })).toBeInTheDocument();
    const roles = await screen.findByRole("region", { name: "职务" });
    // The title, the months it was seen in, and in how many articles (the seeds: July 2022).
    expect(within(roles).getByText("区委书记").closest("li")).toHaveTextContent(/^区委书记\s*· 2022年7月 · \d+ 篇$/u);
  });

  it("a place's tag page has no titles", async () => {
    serve();
    renderAt(`/tags/${encodeURIComponent("地点")}/${encodeURIComponent("孟庄镇")}`);
    expect(await screen.findByRole("heading", { level: 1, name: "地点：孟庄镇" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "职务" })).toBeNull();
  });
});

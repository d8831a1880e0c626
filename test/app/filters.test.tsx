import { describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderAt, serve } from "./render-app";
import { memoryEngine, seedIssues } from "../shared/search-helpers";
import type { SearchRequest, SearchResponse } from "../../src/app/search/protocol";
import { filteredSearch } from "../../src/shared/search/filtered-search";
import { searchDocs } from "../../src/loader/search-index";

const issues = seedIssues();
const { engine, facets } = memoryEngine(issues);
vi.mock("../../src/app/search/search-client", () => ({
  searchPage: async (req: Omit<SearchRequest, "id">): Promise<SearchResponse> => {
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

// Articles newest first (the highest doc id first), as lists show them.
const newestFirst = () => [...searchDocs(issues)].reverse();
// The expected sets, straight from the loader's tags.
const withTags = (people: string[], places: string[]) =>
  newestFirst()
    .filter(({ article: a }) => people.every((p) => a.tags.people.includes(p)) && places.every((p) => a.tags.places.includes(p)))
    .map(({ article: a }) => a.title);

const resultTitles = () =>
  within(screen.getByRole("list", { name: "搜索结果" }))
    .getAllByRole("article")
    .map((a) => within(a).getByRole("heading").textContent);
const tagButton = (name: string) =>
  within(screen.getByRole("region", { name: "筛选" })).getByRole("button", { name: new RegExp(`^${name}\\s?（\\d+）$`) });

describe("filters", () => {
  it("a place and a person: only articles with both remain, and the counts follow", async () => {
    serve();
    const { router } = renderAt("/");
    await userEvent.click(await screen.findByText("按人物、地点、主题筛选文章"));
    await userEvent.click(await screen.findByRole("button", { name: /^宋磊\s?（4）$/ }));
    await screen.findByText("共 4 篇，按时间从新到旧");
    expect(resultTitles()).toEqual(withTags(["宋磊"], []));
    expect(tagButton("市中区")).toHaveTextContent("（2）");
    await userEvent.click(tagButton("市中区"));
    await screen.findByText("共 2 篇，按时间从新到旧");
    expect(resultTitles()).toEqual(withTags(["宋磊"], ["市中区"]));
    expect(router.state.location.search).toMatchObject({ tags: ["人物:宋磊", "地点:市中区"] });
  });

  it("the shared URL gives the same view; unknown tags are ignored with a notice", async () => {
    serve();
    renderAt(`/?tags=${encodeURIComponent(JSON.stringify(["人物:宋磊", "地点:市中区", "人物:无此人"]))}`);
    await screen.findByText("共 2 篇，按时间从新到旧");
    expect(resultTitles()).toEqual(withTags(["宋磊"], ["市中区"]));
    expect(screen.getByText("没有这些标签，已忽略：人物:无此人")).toBeInTheDocument();
  });

  it("combines with a search: counts follow the query", async () => {
    serve();
    renderAt(`/search?q=${encodeURIComponent("文明城市")}&tags=${encodeURIComponent(JSON.stringify(["人物:宋磊"]))}`);
    await screen.findByText("共 2 篇");
    const titles = resultTitles();
    const both = withTags(["宋磊"], []).filter((t) =>
      ["全国文明城市创建工作推进会议召开", "枣庄日报社思想能力作风建设“双放双提”暨社长、总编走一线看发展大型采访活动走进我区"].includes(t!),
    );
    expect(new Set(titles)).toEqual(new Set(both));
    await userEvent.click(within(screen.getByRole("list", { name: "已选标签" })).getByRole("button"));
    await screen.findByText("共 4 篇");
  });

  it("a date range narrows to the issues inside it", async () => {
    serve();
    renderAt("/?from=2022-01-01&tags=%5B%22%E4%B8%BB%E9%A2%98%3A%E4%BA%A7%E4%B8%9A%E5%8F%91%E5%B1%95%22%5D");
    await screen.findByText(/^共 \d+ 篇，按时间从新到旧$/);
    const dated = newestFirst()
      .filter(({ issue, article }) => issue.issue.date! >= "2022-01-01" && article.tags.topics.includes("产业发展"))
      .map(({ article }) => article.title);
    expect(resultTitles()).toEqual(dated);
  });

  it("a tag chip on an article leads to the tag's page, newest first", async () => {
    serve();
    const a = issues[0].articles[0];
    renderAt(`/issues/${issues[0].issue.id}/${a.id}`);
    await userEvent.click(await within(await screen.findByRole("navigation", { name: "文章标签" })).findByRole("link", { name: "左文" }));
    expect(await screen.findByRole("heading", { level: 1, name: "人物：左文" })).toBeInTheDocument();
    await screen.findByText("共 1 篇，按时间从新到旧");
    expect(resultTitles()).toEqual([a.title]);
  });

  it("any tag can be found by part of its name and chosen", async () => {
    serve();
    renderAt(`/?tags=${encodeURIComponent(JSON.stringify(["人物:宋磊"]))}`);
    await screen.findByText("共 4 篇，按时间从新到旧");
    await userEvent.type(screen.getByRole("searchbox", { name: "查找标签" }), "孟庄");
    await userEvent.click(
      await within(await screen.findByRole("list", { name: "找到的标签" })).findByRole("button", { name: /^地点：孟庄镇\s?（1）$/ }),
    );
    await screen.findByText("共 1 篇，按时间从新到旧");
    expect(resultTitles()).toEqual(withTags(["宋磊"], ["孟庄镇"]));
  });

  it("a tag page for a tag the archive lacks says so, listing nothing", async () => {
    serve();
    renderAt(`/tags/${encodeURIComponent("人物")}/${encodeURIComponent("无此人")}`);
    expect(await screen.findByText("档案里没有这个标签。")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "搜索结果" })).toBeNull();
  });
});

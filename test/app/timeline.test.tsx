import { describe, expect, it, vi } from "vitest";
import { screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderAt, serve } from "./render-app";
import { memoryEngine } from "../shared/search-helpers";
import { fixtureBuild } from "../archive-fixture";
import { dataFiles } from "../../src/loader/build";
import { answer } from "../../src/app/search/answer";
import type { SearchRequest, SearchResponse } from "../../src/app/search/protocol";

// Two papers, an issue every third day from 2016 into 2018; 宋磊 in the first article of each issue.
const build = fixtureBuild({ perPublication: 250, undated: 1 });
const { engine, facets } = memoryEngine(build.issues);
vi.mock("../../src/app/search/search-client", () => ({
  searchPage: async (req: Omit<SearchRequest, "id">): Promise<SearchResponse> => {
    const r = await answer(engine, facets, req);
    const page = r.hits.slice(req.offset, req.offset + req.limit);
    const items = await Promise.all(
      page.map(async (h) => ({ doc: h.doc, fragment: await engine.fragment(h.doc), titleHits: h.titleHits })),
    );
    return { id: 0, ...r, items, ms: 0 };
  },
}));

const withSong = build.issues.filter((f) => f.articles[0].tags.people.includes("宋磊"));
const perYear = (y: string) => withSong.filter((f) => f.issue.date?.startsWith(y)).length;
const newest = build.issues.find((f) => f.issue.date)!.issue.date!;
const oldest = build.issues.filter((f) => f.issue.date).at(-1)!.issue.date!;
const label = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
const dates = () =>
  within(screen.getByRole("list", { name: "搜索结果" }))
    .getAllByRole("article")
    .map((a) => a.querySelector(".meta span:nth-child(2)")!.textContent);

describe("a tag's mentions over time", { timeout: 30_000 }, () => {
  it("a bar per year from the index data alone; a bar narrows to its year, then its months, in the URL", async () => {
    const requested = serve(dataFiles(build));
    const { router } = renderAt("/tags/人物/宋磊");
    const bars = await screen.findByRole("toolbar", { name: "各年篇数" });
    expect(
      within(bars)
        .getAllByRole("button")
        .map((b) => b.getAttribute("aria-label")),
    ).toEqual(["2016", "2017", "2018"].map((y) => `${y}年：${perYear(y)} 篇`));
    expect(requested.filter((p) => p.startsWith("data/issues/"))).toEqual([]);
    await userEvent.click(within(bars).getByRole("button", { name: /^2017年/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ from: "2017-01", to: "2017-12" }));
    const months = await screen.findByRole("toolbar", { name: "2017年各月篇数" });
    expect(await screen.findByText(`共 ${perYear("2017")} 篇，按时间从新到旧`)).toBeInTheDocument();
    await userEvent.click(within(months).getByRole("button", { name: /^2017年3月：/ }));
    expect(await screen.findByText(`共 ${perYear("2017-03")} 篇，按时间从新到旧`)).toBeInTheDocument();
    expect(router.state.location.search).toMatchObject({ from: "2017-03", to: "2017-03" });
    expect(within(screen.getByRole("toolbar", { name: "2017年各月篇数" })).getByRole("button", { name: /^2017年3月：/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await userEvent.click(screen.getByRole("button", { name: "看全部年份" }));
    expect(await screen.findByRole("toolbar", { name: "各年篇数" })).toBeInTheDocument();
  });

  it("works by keyboard: one Tab stop, arrows between bars, Enter chooses; a table says the same in words", async () => {
    serve(dataFiles(build));
    const { router } = renderAt("/tags/人物/宋磊");
    const bars = await screen.findByRole("toolbar", { name: "各年篇数" });
    const buttons = within(bars).getAllByRole("button");
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons[0].focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowLeft}");
    expect(document.activeElement).toBe(buttons[1]);
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(router.state.location.search).toMatchObject({ from: "2017-01", to: "2017-12" }));
    const table = await screen.findByRole("table", { name: "2017年各月篇数" });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 12 + 1);
  });

  it("its articles newest first, or oldest first", async () => {
    serve(dataFiles(build));
    const { router } = renderAt("/tags/人物/宋磊");
    await screen.findByRole("list", { name: "搜索结果" });
    expect(dates()[0]).toBe(label(newest));
    await userEvent.click(screen.getByRole("radio", { name: "最早" }));
    await waitFor(() => expect(dates()[0]).toBe(label(oldest)));
    expect(router.state.location.search).toMatchObject({ sort: "old" });
  });
});

describe("search results over time and in date order", { timeout: 30_000 }, () => {
  it("sorts by relevance, newest or oldest, kept in the URL", async () => {
    serve(dataFiles(build));
    const { router } = renderAt("/search?q=第2篇");
    await screen.findByRole("toolbar", { name: "各年篇数" });
    expect(screen.getByRole("radio", { name: "相关度" })).toBeChecked();
    await userEvent.click(screen.getByRole("radio", { name: "最新" }));
    await waitFor(() => expect(dates()[0]).toBe(label(newest)));
    await userEvent.click(screen.getByRole("radio", { name: "最早" }));
    await waitFor(() => expect(dates()[0]).toBe(label(oldest)));
    expect(router.state.location.search).toMatchObject({ q: "第2篇", sort: "old" });
  });
});

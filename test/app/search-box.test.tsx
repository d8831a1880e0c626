import { afterEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { renderAt, serve } from "./render-app";
import { bruteForce, memoryEngine, seedIssues } from "../shared/search-helpers";
import type { SearchRequest, SearchResponse } from "../../src/app/search/protocol";
import { filteredSearch } from "../../src/shared/search/filtered-search";
import { TYPING_PAUSE_MS } from "../../src/app/search/use-typed-query";

// The worker's code, run in-process (jsdom has no Worker); every query that reaches it is recorded.
const issues = seedIssues();
const { engine, facets } = memoryEngine(issues);
const found = (q: string) => `共 ${bruteForce(issues, q).size} 篇`;
const searched: string[] = [];
vi.mock("../../src/app/search/search-client", () => ({
  searchPage: async (req: Omit<SearchRequest, "id">): Promise<SearchResponse> => {
    searched.push(req.q);
    const r = await filteredSearch(engine, facets, req.q, req, req.facets);
    const page = r.hits.slice(req.offset, req.offset + req.limit);
    const items = await Promise.all(
      page.map(async (h) => ({ doc: h.doc, fragment: await engine.fragment(h.doc), titleHits: h.titleHits })),
    );
    return { id: 0, ok: true, query: r.query, terms: r.terms, total: r.total, items, facets: r.facets, unknown: r.unknown, ms: 0 };
  },
}));

afterEach(() => {
  vi.useRealTimers();
  searched.length = 0;
});

async function home() {
  serve();
  const { router } = renderAt("/");
  await screen.findByRole("heading", { level: 1, name: "各期报纸" });
  return { router, box: screen.getByRole("searchbox", { name: "搜索全文" }) };
}

const type = (box: HTMLElement, value: string) => fireEvent.change(box, { target: { value } });

describe("the search box", () => {
  it("searches nothing while a pinyin IME composes; the committed characters are searched", async () => {
    const { router, box } = await home();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    fireEvent.compositionStart(box);
    for (const pinyin of ["w", "we", "wei", "wei s", "wei sheng"]) {
      type(box, pinyin);
      await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 2));
    }
    expect(box).toHaveValue("wei sheng");
    expect(router.state.location.pathname).toBe("/");
    type(box, "卫生");
    fireEvent.compositionEnd(box, { data: "卫生" });
    vi.useRealTimers();
    expect(await screen.findByText(found("卫生"))).toBeInTheDocument();
    expect(router.state.location.search).toMatchObject({ q: "卫生" });
    expect(searched).toEqual(["卫生"]);
  });

  it("keys that pick or commit IME candidates stay with the IME", async () => {
    const { box } = await home();
    box.focus();
    type(box, "锂电");
    await screen.findByText(found("锂电"));
    fireEvent.compositionStart(box);
    type(box, "锂电chi");
    fireEvent.keyDown(box, { key: "ArrowDown", isComposing: true });
    expect(box).toHaveFocus();
    fireEvent.keyDown(box, { key: "ArrowDown", keyCode: 229 });
    expect(box).toHaveFocus();
    fireEvent.submit(box.closest("form")!);
    expect(searched).toEqual(["锂电"]);
    fireEvent.compositionEnd(box);
    fireEvent.keyDown(box, { key: "ArrowDown" });
    expect(document.activeElement).toHaveAttribute("data-result-link");
  });

  it("a quick run of keystrokes is one search, sent when the typing pauses; the first after a pause goes at once", async () => {
    const { router, box } = await home();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    type(box, "营");
    for (const q of ["营商", "营商环", "营商环境"]) {
      await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS / 3));
      type(box, q);
    }
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 1));
    expect(searched).toEqual(["营"]);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(searched).toEqual(["营", "营商环境"]);
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 2));
    type(box, "营商环境 高新区");
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(searched).toEqual(["营", "营商环境", "营商环境 高新区"]);
    vi.useRealTimers();
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: "营商环境 高新区" }));
    expect(await screen.findByRole("heading", { level: 1, name: "搜索「营商环境 高新区」" })).toBeInTheDocument();
  });

  it("Enter searches at once what is in the box", async () => {
    const { router, box } = await home();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    type(box, "文明");
    await act(() => vi.advanceTimersByTimeAsync(0));
    type(box, "文明城市");
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(searched).toEqual(["文明"]);
    fireEvent.submit(box.closest("form")!);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(searched).toEqual(["文明", "文明城市"]);
    vi.useRealTimers();
    expect(await screen.findByText(found("文明城市"))).toBeInTheDocument();
    expect(router.state.location.search).toMatchObject({ q: "文明城市" });
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { renderAt, resultsOf, serve } from "./render-app";
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
  // Unmounted first: nothing of this test can still reach the next one's record.
  cleanup();
  searched.length = 0;
});

async function home() {
  serve();
  const { router } = renderAt("/");
  await screen.findByRole("heading", { level: 1, name: "各期报纸" });
  // Every query the box sends, as the URL gets it.
  const sent: string[] = [];
  router.history.subscribe(() => sent.push(new URLSearchParams(router.history.location.search).get("q") ?? ""));
  return { router, sent, box: screen.getByRole("searchbox", { name: "搜索全文" }) };
}

const type = (box: HTMLElement, value: string) => fireEvent.change(box, { target: { value } });

describe("the search box", () => {
  it("searches nothing while a pinyin IME composes; the committed characters are searched", async () => {
    const { router, sent, box } = await home();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    fireEvent.compositionStart(box);
    for (const pinyin of ["w", "we", "wei", "wei s", "wei sheng"]) {
      type(box, pinyin);
      await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 2));
    }
    expect(box).toHaveValue("wei sheng");
    expect(sent).toEqual([]);
    expect(router.state.location.pathname).toBe("/");
    type(box, "卫生");
    fireEvent.compositionEnd(box, { data: "卫生" });
    vi.useRealTimers();
    await resultsOf("卫生");
    expect(screen.getByText(found("卫生"))).toBeInTheDocument();
    expect(sent).toEqual(["卫生"]);
    expect(searched).toEqual(["卫生"]);
  });

  it("keys that pick or commit IME candidates stay with the IME", async () => {
    const { box } = await home();
    box.focus();
    type(box, "锂电");
    await resultsOf("锂电");
    fireEvent.compositionStart(box);
    type(box, "锂电chi");
    fireEvent.keyDown(box, { key: "ArrowDown", isComposing: true });
    expect(box).toHaveFocus();
    fireEvent.keyDown(box, { key: "ArrowDown", keyCode: 229 });
    expect(box).toHaveFocus();
    fireEvent.submit(box.closest("form")!);
    type(box, "锂电池");
    fireEvent.compositionEnd(box, { data: "池" });
    await resultsOf("锂电池");
    expect(searched).toEqual(["锂电", "锂电池"]);
    fireEvent.keyDown(box, { key: "ArrowDown" });
    expect(document.activeElement).toHaveAttribute("data-result-link");
  });

  it("a quick run of keystrokes is one search, sent when the typing pauses; the first after a pause goes at once", async () => {
    const { sent, box } = await home();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    type(box, "营");
    for (const q of ["营商", "营商环", "营商环境"]) {
      await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS / 3));
      type(box, q);
    }
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 1));
    expect(sent).toEqual(["营"]);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(sent).toEqual(["营", "营商环境"]);
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 2));
    type(box, "营商环境 高新区");
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(sent).toEqual(["营", "营商环境", "营商环境 高新区"]);
    vi.useRealTimers();
    await resultsOf("营商环境 高新区");
    expect(screen.getByText(found("营商环境 高新区"))).toBeInTheDocument();
    // The worker never saw the keystrokes in between.
    expect(searched.filter((q) => q === "营商" || q === "营商环")).toEqual([]);
  });

  it("Enter searches at once what is in the box", async () => {
    const { sent, box } = await home();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    type(box, "文明");
    await act(() => vi.advanceTimersByTimeAsync(0));
    type(box, "文明城市");
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(sent).toEqual(["文明"]);
    fireEvent.submit(box.closest("form")!);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(sent).toEqual(["文明", "文明城市"]);
    // What was waiting for the pause is dropped: nothing more is sent.
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 2));
    expect(sent).toEqual(["文明", "文明城市"]);
    vi.useRealTimers();
    await resultsOf("文明城市");
    expect(screen.getByText(found("文明城市"))).toBeInTheDocument();
  });
});

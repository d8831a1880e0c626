import { describe, expect, it, vi } from "vitest";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderAt, serve } from "./render-app";
import { memoryEngine } from "../shared/search-helpers";
import { fixtureBuild } from "../archive-fixture";
import { dataFiles } from "../../src/loader/build";
import { answer } from "../../src/app/search/answer";
import type { SearchRequest, SearchResponse } from "../../src/app/search/protocol";

// 宋磊 as the texts name him: 区长 in the first year, 区委书记 after (roles as the tagger notes them in tags.about).
const build = fixtureBuild({ perPublication: 100, undated: 0, publications: ["甲报"] });
for (const f of build.issues) {
  const role = f.issue.date! < "2016-07-01" ? "区长" : "区委书记";
  f.articles[0].tags.about = [{ kind: "people", name: "宋磊", roles: [role] }];
}
const { engine, facets } = memoryEngine(build.issues);
const calls: string[] = [];
vi.mock("../../src/app/search/search-client", () => ({
  searchPage: async (req: Omit<SearchRequest, "id">): Promise<SearchResponse> => {
    calls.push(JSON.stringify(req));
    const r = await answer(engine, facets, req);
    const page = r.hits.slice(req.offset, req.offset + req.limit);
    const items = await Promise.all(
      page.map(async (h) => ({ doc: h.doc, fragment: await engine.fragment(h.doc), titleHits: h.titleHits })),
    );
    return { id: 0, ...r, items, ms: 0 };
  },
}));

describe("a person's page", { timeout: 30_000 }, () => {
  it("shows the roles over time and the tags most often with the person, with counts, each leading to both", async () => {
    serve(dataFiles(build));
    renderAt("/tags/人物/宋磊");
    const roles = await screen.findByRole("region", { name: "职务" });
    const first = build.issues.at(-1)!.issue.date!;
    const last = build.issues[0].issue.date!;
    const month = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月`;
    expect(
      within(roles)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      `区长 · ${month(first)}—2016年6月 · ${build.issues.filter((f) => f.issue.date! < "2016-07-01").length} 篇`,
      `区委书记 · 2016年7月—${month(last)} · ${build.issues.filter((f) => f.issue.date! >= "2016-07-01").length} 篇`,
    ]);
    const co = screen.getByRole("region", { name: "常一起出现" });
    const place = within(co).getByRole("link", { name: `地点：第1街道，同在 ${build.issues.length} 篇中，看这些文章` });
    expect(place).toHaveAttribute("href", expect.stringContaining("tags="));
    await userEvent.click(place);
    expect(await screen.findByRole("heading", { level: 1, name: "筛选文章" })).toBeInTheDocument();
  });
});

describe("back to a list of results", { timeout: 30_000 }, () => {
  it("finds it as it was, without searching again; the chosen filters show above the results", async () => {
    serve(dataFiles(build));
    const { router } = renderAt("/search?q=第2篇&from=2016-03&to=2016-04");
    const list = await screen.findByRole("list", { name: "搜索结果" });
    const chosen = screen.getByRole("list", { name: "已选条件" });
    expect(within(chosen).getByRole("button", { name: /^2016年3月起至2016年4月/ })).toBeInTheDocument();
    expect(chosen.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const before = calls.length;
    const title = within(list).getAllByRole("link")[3].textContent!;
    await userEvent.click(within(list).getAllByRole("link")[3]);
    // The terms are marked in the headline: its name is read with the marks apart.
    await screen.findByRole("heading", { level: 1, name: (n) => n.replace(/\s/gu, "") === title });
    await act(() => router.history.back());
    const again = await screen.findByRole("list", { name: "搜索结果" });
    expect(within(again).getAllByRole("link")[3]).toHaveTextContent(title);
    expect(calls.length).toBe(before);
  });
});

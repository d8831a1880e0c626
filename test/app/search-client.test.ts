import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SearchRequest, SearchResponse, WorkerRequest } from "../../src/app/search/protocol";

// jsdom has no Worker: a stand-in that records what the page posts and answers when told.
class FakeWorker {
  static last: FakeWorker;
  posted: WorkerRequest[] = [];
  onmessage: ((e: { data: SearchResponse }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(m: WorkerRequest) {
    this.posted.push(m);
  }
  answer(id: number) {
    this.onmessage?.({ data: { id, ok: true, query: "", terms: [], total: 0, items: [], facets: [], unknown: [], ms: 0 } });
  }
}

let searchPage: (req: Omit<SearchRequest, "id">, signal?: AbortSignal) => Promise<SearchResponse>;
beforeAll(async () => {
  vi.stubGlobal("Worker", FakeWorker);
  ({ searchPage } = await import("../../src/app/search/search-client"));
});

const req = (q: string): Omit<SearchRequest, "id"> => ({ q, tags: [], offset: 0, limit: 10, facets: false });
const queries = () => FakeWorker.last.posted.filter((m): m is SearchRequest => "q" in m);

describe("the search client: only the latest request of the results list is answered", () => {
  it("a request aborted before it was sent (its list moved on while the client loaded) supersedes nothing", async () => {
    const live = searchPage(req("锂电"));
    const gone = new AbortController();
    gone.abort();
    await expect(searchPage(req("锂"), gone.signal)).rejects.toMatchObject({ name: "AbortError" });
    expect(queries().map((m) => m.q)).toEqual(["锂电"]);
    FakeWorker.last.answer(queries()[0].id);
    await expect(live).resolves.toMatchObject({ ok: true });
  });

  it("a newer request supersedes the one still waiting; aborting one tells the worker", async () => {
    const older = searchPage(req("卫"));
    const list = new AbortController();
    const newer = searchPage(req("卫生"), list.signal);
    await expect(older).rejects.toMatchObject({ name: "AbortError" });
    const id = queries().at(-1)!.id;
    list.abort();
    await expect(newer).rejects.toMatchObject({ name: "AbortError" });
    expect(FakeWorker.last.posted.at(-1)).toEqual({ cancel: id });
  });
});

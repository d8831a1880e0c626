import { beforeAll, describe, expect, it, vi } from "vitest";
import { memoryEngine, seedIssues } from "../shared/search-helpers";
import type { SearchRequest, SearchResponse, WorkerRequest } from "../../src/app/search/protocol";
import { paths } from "../../src/shared/search/format";
import { inflate } from "../../src/loader/node-search";

// The worker's own code, in-process: `self` is the window, fetch serves the seeds' built index
// (inflated, as a host that compresses on the fly hands it over).
const issues = seedIssues();
const { engine, files, data } = memoryEngine(issues);
const posted: SearchResponse[] = [];
const fetched: string[] = [];

beforeAll(async () => {
  self.postMessage = (m: SearchResponse) => posted.push(m);
  vi.stubGlobal("fetch", async (url: string) => {
    const path = String(url).replace(/^\//, "");
    fetched.push(path);
    const body = files.get(path);
    return body === undefined
      ? new Response("", { status: 404 })
      : new Response(inflate(typeof body === "string" ? new TextEncoder().encode(body) : body) as BodyInit);
  });
  await import("../../src/app/search/search-worker");
});

const send = (msg: WorkerRequest) => (self.onmessage as unknown as (e: { data: WorkerRequest }) => void)({ data: msg });
const ask = (id: number, q: string): SearchRequest => ({ id, q, tags: [], offset: 0, limit: 10, facets: false });
/** Every step of a request whose files are all fetched already is a microtask: one macrotask later it has finished. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("the search worker answers only the latest request", () => {
  it("a request superseded while it runs gets no answer and fetches no snippets", async () => {
    send(ask(1, "城"));
    send(ask(2, "锂电"));
    await expect.poll(() => posted.length).toBe(1);
    expect(posted[0]).toMatchObject({ id: 2, ok: true, query: "锂电" });
    // Snippets were fetched for 锂电's results only, not for the many of 城.
    const want = await Promise.all((await engine.search("锂电")).hits.slice(0, 10).map((h) => data.path(paths.fragment(h.doc))));
    expect(new Set(fetched.filter((p) => p.includes("/f/")))).toEqual(new Set(want));
    expect((await engine.search("城")).total).toBeGreaterThan(want.length);
  });

  it("a cancelled request gets no answer; the next one does", async () => {
    posted.length = 0;
    send(ask(3, "锂电"));
    send({ cancel: 3 });
    await settle();
    expect(posted).toEqual([]);
    send(ask(4, "锂电"));
    await expect.poll(() => posted.map((p) => p.id)).toEqual([4]);
  });
});

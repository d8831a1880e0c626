/// <reference lib="webworker" />
import { SearchEngine } from "../../shared/search/engine";
import { Facets } from "../../shared/search/facets";
import { SiteData, type DataSet } from "../../shared/search/data-set";
import { paths } from "../../shared/search/format";
import { browserFetch, dataErrorMessage } from "./site-fetch";
import type { SearchResponse, WorkerRequest } from "./protocol";
import { answer } from "./answer";

// One engine per build: when a newer build replaces the data, the old engine's buckets are never mixed with it.
const site = new SiteData(browserFetch);
const engines = new WeakMap<DataSet, { engine: SearchEngine; facets: Facets }>();
const enginesOf = (d: DataSet) => engines.get(d) ?? engines.set(d, { engine: new SearchEngine(d), facets: new Facets(d) }).get(d)!;
let last: { key: string; data: DataSet; result: ReturnType<typeof answer> } | null = null;
// Only the latest request is answered: an older one stops at its next step, fetches no snippets and posts nothing.
let latest = 0;

/** Thrown inside a run to stop a request a newer one replaced. */
class Stale extends Error {}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  if ("cancel" in e.data) {
    if (latest === e.data.cancel) latest = 0;
    return;
  }
  const { id, q, tags, from, to, offset, limit, facets: withFacets, sort, timeline } = e.data;
  latest = id;
  const stale = () => id !== latest;
  // Only the pages asked for are ranked (by relevance); the rest are counted.
  const key = JSON.stringify([q, tags, from, to, withFacets, sort, timeline, offset + limit]);
  const t0 = performance.now();
  try {
    const { r, items } = await site.run(async (d) => {
      const { engine, facets } = enginesOf(d);
      // The list naming the article files, fetched beside the index rather than after it.
      d.path(paths.fragment(0)).catch(() => {});
      if (last?.key !== key || last.data !== d)
        last = { key, data: d, result: answer(engine, facets, { q, tags, from, to, facets: withFacets, sort, timeline }, offset + limit) };
      const r = await last.result;
      if (stale()) throw new Stale();
      const page = r.hits.slice(offset, offset + limit);
      const fragments = await Promise.all(page.map((h) => engine.fragment(h.doc)));
      return { r, items: page.map((h, i) => ({ doc: h.doc, fragment: fragments[i], titleHits: h.titleHits })) };
    });
    if (stale()) return;
    const { hits: _hits, ...rest } = r;
    const msg: SearchResponse = { id, ...rest, items, ms: performance.now() - t0 };
    self.postMessage(msg);
  } catch (err) {
    if (err instanceof Stale || stale()) return;
    if (last?.key === key) last = null;
    self.postMessage({ id, ok: false, error: dataErrorMessage(err, self.navigator.onLine) } satisfies SearchResponse);
  }
};

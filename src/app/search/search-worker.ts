/// <reference lib="webworker" />
import { SearchEngine } from "../../shared/search/engine";
import { Facets } from "../../shared/search/facets";
import { filteredSearch, type FilteredResult } from "../../shared/search/filtered-search";
import type { SearchResponse, WorkerRequest } from "./protocol";

const base = import.meta.env.BASE_URL;

async function load(path: string): Promise<Uint8Array> {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const engine = new SearchEngine(load);
const facets = new Facets(load);
let last: { key: string; result: Promise<FilteredResult> } | null = null;
// Only the latest request is answered: an older one stops at its next step, fetches no snippets and posts nothing.
let latest = 0;

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  if ("cancel" in e.data) {
    if (latest === e.data.cancel) latest = 0;
    return;
  }
  const { id, q, tags, from, to, offset, limit, facets: withFacets } = e.data;
  latest = id;
  const stale = () => id !== latest;
  const key = JSON.stringify([q, tags, from, to, withFacets]);
  const t0 = performance.now();
  try {
    if (last?.key !== key) last = { key, result: filteredSearch(engine, facets, q, { tags, from, to }, withFacets) };
    const r = await last.result;
    if (stale()) return;
    const page = r.hits.slice(offset, offset + limit);
    const fragments = await Promise.all(page.map((h) => engine.fragment(h.doc)));
    if (stale()) return;
    const items = page.map((h, i) => ({ doc: h.doc, fragment: fragments[i], titleHits: h.titleHits }));
    const msg: SearchResponse = {
      id,
      ok: true,
      query: r.query,
      convertedFrom: r.convertedFrom,
      terms: r.terms,
      total: r.total,
      items,
      facets: r.facets,
      unknown: r.unknown,
      ms: performance.now() - t0,
    };
    self.postMessage(msg);
  } catch (err) {
    if (last?.key === key) last = null;
    if (stale()) return;
    self.postMessage({ id, ok: false, error: (err as Error).message } satisfies SearchResponse);
  }
};

/// <reference lib="webworker" />
import { SearchEngine, type SearchResult } from "../../shared/search/engine";
import type { SearchRequest, SearchResponse } from "./protocol";

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
let last: { q: string; result: Promise<SearchResult> } | null = null;

self.onmessage = async (e: MessageEvent<SearchRequest>) => {
  const { id, q, offset, limit } = e.data;
  const t0 = performance.now();
  try {
    if (last?.q !== q) last = { q, result: engine.search(q) };
    const r = await last.result;
    const page = r.hits.slice(offset, offset + limit);
    const fragments = await Promise.all(page.map((h) => engine.fragment(h.doc)));
    const items = page.map((h, i) => ({ doc: h.doc, fragment: fragments[i], titleHits: h.titleHits }));
    const msg: SearchResponse = { id, ok: true, query: r.query, convertedFrom: r.convertedFrom, terms: r.terms, total: r.total, items, ms: performance.now() - t0 };
    self.postMessage(msg);
  } catch (err) {
    if (last?.q === q) last = null;
    self.postMessage({ id, ok: false, error: (err as Error).message } satisfies SearchResponse);
  }
};

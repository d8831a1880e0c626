/// <reference lib="webworker" />
import { SearchEngine } from "../../shared/search/engine";
import { Facets } from "../../shared/search/facets";
import type { SearchRequest, SearchResponse } from "./protocol";
import { answer } from "./answer";

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
let last: { key: string; result: ReturnType<typeof answer> } | null = null;

self.onmessage = async (e: MessageEvent<SearchRequest>) => {
  const { id, q, tags, from, to, offset, limit, facets: withFacets, sort, timeline } = e.data;
  const key = JSON.stringify([q, tags, from, to, withFacets, sort, timeline]);
  const t0 = performance.now();
  try {
    if (last?.key !== key) last = { key, result: answer(engine, facets, { q, tags, from, to, facets: withFacets, sort, timeline }) };
    const r = await last.result;
    const page = r.hits.slice(offset, offset + limit);
    const fragments = await Promise.all(page.map((h) => engine.fragment(h.doc)));
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
      timeline: r.timeline,
      ms: performance.now() - t0,
    };
    self.postMessage(msg);
  } catch (err) {
    if (last?.key === key) last = null;
    self.postMessage({ id, ok: false, error: (err as Error).message } satisfies SearchResponse);
  }
};

/** A query with filters: what the worker and the `search` command both run. */
import type { SearchEngine, SearchResult, Hit } from "./engine";
import type { Facets, Filters } from "./facets";

export interface FilteredResult extends SearchResult {
  facets: { t: string; c: number }[];
  unknown: string[];
}

/** Results of `q` within `f`; the panel's counts only when asked for (they load the panel's data). */
export async function filteredSearch(
  engine: SearchEngine,
  facets: Facets,
  q: string,
  f: Filters,
  withFacets = true,
): Promise<FilteredResult> {
  const filtering = f.tags.length > 0 || !!f.from || !!f.to;
  const [r, allowed] = await Promise.all([
    q.trim()
      ? engine.search(q)
      : engine.meta().then((m): SearchResult => ({
          query: "",
          terms: [],
          total: m.docs,
          hits: Array.from({ length: m.docs }, (_, doc): Hit => ({ doc, titleHits: 0, count: 0, span: Infinity })),
        })),
    filtering ? facets.allowed(f) : Promise.resolve({ docs: null, unknown: [] as string[] }),
  ]);
  let hits = r.hits;
  if (allowed.docs) {
    const ok = new Set(allowed.docs);
    hits = hits.filter((h) => ok.has(h.doc));
  }
  const inResult = q.trim() || allowed.docs ? Int32Array.from(hits.map((h) => h.doc)).sort() : null;
  return { ...r, total: hits.length, hits, facets: withFacets ? await facets.counts(inResult) : [], unknown: allowed.unknown };
}

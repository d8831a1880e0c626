/** A query with filters: what the worker and the `search` command both run. */
import type { SearchEngine, Matched, Hit } from "./engine";
import type { Facets, Filters } from "./facets";
import { intersectSorted } from "./match";
import { rank } from "./rank";

/** The matches of a query within filters, before ranking; the worker keeps it to rank later pages. */
export interface FilteredMatch extends Matched {
  facets: { t: string; c: number }[];
  unknown: string[];
}

export interface FilteredResult extends Omit<FilteredMatch, "matches"> {
  total: number;
  hits: Hit[];
}

/** Matches of `q` within `f`; the panel's counts only when asked for (they load the panel's data). */
export async function filteredMatch(
  engine: SearchEngine,
  facets: Facets,
  q: string,
  f: Filters,
  withFacets = true,
): Promise<FilteredMatch> {
  const filtering = f.tags.length > 0 || !!f.from || !!f.to;
  const [m, allowed] = await Promise.all([
    q.trim()
      ? engine.match(q)
      : engine.data
          .entry()
          .then((e): Matched => ({ query: "", terms: [], docs: Int32Array.from({ length: e.docs }, (_, d) => d), matches: [] })),
    filtering ? facets.allowed(f) : Promise.resolve({ docs: null, unknown: [] as string[] }),
  ]);
  const docs = allowed.docs ? intersectSorted(m.docs, allowed.docs) : m.docs;
  const counted = q.trim() || allowed.docs ? docs : null;
  return { ...m, docs, facets: withFacets ? await facets.counts(counted) : [], unknown: allowed.unknown };
}

/** The best `limit` of `m`, ranked (an empty query lists the newest first). */
export const rankFiltered = (m: FilteredMatch, limit: number): Hit[] => rank(m.docs, m.matches, limit);

/** Results of `q` within `f`, the best `limit` ranked. */
export async function filteredSearch(
  engine: SearchEngine,
  facets: Facets,
  q: string,
  f: Filters,
  withFacets = true,
  limit = Infinity,
): Promise<FilteredResult> {
  const { matches, ...m } = await filteredMatch(engine, facets, q, f, withFacets);
  return { ...m, total: m.docs.length, hits: rank(m.docs, matches, limit) };
}

/** One request of the search page, answered: what the worker runs (and tests run without a worker). */
import type { SearchEngine } from "../../shared/search/engine";
import type { Facets } from "../../shared/search/facets";
import { filteredSearch, type FilteredResult } from "../../shared/search/filtered-search";
import { sortHits } from "../../shared/search/sort";
import { focusYear, timeline } from "../../shared/search/timeline";
import type { SearchRequest, SearchResponse } from "./protocol";

type Answer = Omit<Extract<SearchResponse, { ok: true }>, "id" | "ms" | "items"> & { hits: FilteredResult["hits"] };

/**
 * The matches of a request in the order asked for, and, when asked, the matches
 * per period computed before the date filter, so the chart shows where else the
 * matches are. Dates come from the small doc-dates file; no article is fetched.
 */
export async function answer(engine: SearchEngine, facets: Facets, req: Omit<SearchRequest, "id" | "offset" | "limit">): Promise<Answer> {
  const { q, tags, from, to } = req;
  const r = await filteredSearch(engine, facets, q, { tags, from, to }, req.facets);
  const order = req.sort ?? (q.trim() ? "relevance" : "new");
  const needDates = order !== "relevance" || req.timeline;
  const dates = needDates ? await facets.docDates() : null;
  const hits = dates ? sortHits(r.hits, order, dates) : r.hits;
  let chart;
  if (req.timeline && dates) {
    const undated = from || to ? await filteredSearch(engine, facets, q, { tags }, false) : r;
    const docs = undated.hits.map((h) => h.doc);
    chart = timeline(docs, dates, focusYear(from, to));
    // All in one year: its months say more than one bar.
    if (chart.unit === "year" && chart.bars.length === 1) chart = timeline(docs, dates, Number(chart.bars[0].key));
  }
  return {
    ok: true,
    query: r.query,
    convertedFrom: r.convertedFrom,
    terms: r.terms,
    total: r.total,
    hits,
    facets: r.facets,
    unknown: r.unknown,
    timeline: chart,
  };
}

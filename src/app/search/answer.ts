/** One request of the search page, answered: what the worker runs (and tests run without a worker). */
import type { SearchEngine } from "../../shared/search/engine";
import type { Facets } from "../../shared/search/facets";
import { filteredMatch, rankFiltered } from "../../shared/search/filtered-search";
import type { Hit } from "../../shared/search/rank";
import { sortHits } from "../../shared/search/sort";
import { focusYear, timeline } from "../../shared/search/timeline";
import type { SearchRequest, SearchResponse } from "./protocol";

type Answer = Omit<Extract<SearchResponse, { ok: true }>, "id" | "ms" | "items"> & { hits: Hit[] };

/**
 * The first `limit` matches of a request in the order asked for, and, when asked,
 * the matches per period computed before the date filter, so the chart shows where
 * else the matches are. By relevance only the first `limit` are ranked (the rest are
 * counted); by date every match is. Dates come from the small doc-dates file; no article is fetched.
 */
export async function answer(
  engine: SearchEngine,
  facets: Facets,
  req: Omit<SearchRequest, "id" | "offset" | "limit">,
  limit = Infinity,
): Promise<Answer> {
  const { q, tags, from, to } = req;
  const m = await filteredMatch(engine, facets, q, { tags, from, to }, req.facets);
  const order = req.sort ?? (q.trim() ? "relevance" : "new");
  const needDates = order !== "relevance" || req.timeline;
  const dates = needDates ? await facets.docDates() : null;
  const hits = order === "relevance" || !dates ? rankFiltered(m, limit) : sortHits(rankFiltered(m, Infinity), order, dates).slice(0, limit);
  let chart;
  if (req.timeline && dates) {
    const docs = from || to ? (await filteredMatch(engine, facets, q, { tags }, false)).docs : m.docs;
    chart = timeline(docs, dates, focusYear(from, to));
    // All in one year: its months say more than one bar.
    if (chart.unit === "year" && chart.bars.length === 1) chart = timeline(docs, dates, Number(chart.bars[0].key));
  }
  return {
    ok: true,
    query: m.query,
    convertedFrom: m.convertedFrom,
    terms: m.terms,
    total: m.docs.length,
    hits,
    facets: m.facets,
    unknown: m.unknown,
    timeline: chart,
  };
}

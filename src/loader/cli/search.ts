/**
 * `npm run -s search -- "QUERY"`: search the built site in dist/ with the
 * browser's engine; prints the total and every result, ranked, as JSON.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { diskEngine } from "../node-search";
import { paths } from "../../shared/search/format";

const query = process.argv.slice(2).join(" ");
const site = process.env.KANBAO_SITE ?? "dist";
if (!existsSync(join(site, paths.entry()))) {
  console.error(`${site}/data/search has no index: run \`npm run build\` first`);
  process.exit(2);
}
const engine = diskEngine(site);
const r = await engine.search(query);
const results = await Promise.all(
  r.hits.map(async (h) => {
    const f = await engine.fragment(h.doc);
    return {
      id: f.a,
      issueId: f.i,
      title: f.t,
      kicker: f.k,
      subtitle: f.s,
      publication: f.p,
      date: f.d,
      titleHits: h.titleHits,
      hits: h.count,
    };
  }),
);
const out: Record<string, unknown> = { query: r.query, total: r.total, results };
if (r.convertedFrom) out.convertedFrom = r.convertedFrom;
process.stdout.write(JSON.stringify(out, null, 2) + "\n");

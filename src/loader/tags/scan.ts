/**
 * One scan of an article for every phrase the tagger looks for: division names
 * (full, and bare ones of provinces and prefectures), bare county and township
 * names (kept only in the article's region), foreign names and landmarks, office
 * titles, nouns of standing, known organisations and the taxonomy's topic phrases.
 * Each kind gets the longest phrase of its own at every position.
 */
import { divisions, isLocalBare } from "./divisions";
import { PhraseFinder } from "./phrase-finder";
import { COUNTRIES, WORLD_CITIES } from "./gazetteer";
import { LANDMARKS } from "./landmarks";
import { ROLE_WORDS, TITLE_SET } from "./people";
import { KNOWN_ORGS } from "./known-orgs";
import { topicPhrases, type Taxonomy } from "./topics";

const Kind = { Gazetteer: 1, LocalBare: 2, Title: 4, Role: 8, Org: 16, Topic: 32 } as const;
const KINDS = [Kind.Gazetteer, Kind.LocalBare, Kind.Title, Kind.Role, Kind.Org, Kind.Topic];

export type Hits = [at: number, phrase: string][];
export interface Scan {
  gazetteer: Hits;
  localBare: Hits;
  titles: Hits;
  roles: Hits;
  orgs: Hits;
  topics: Hits;
}

interface Scanner {
  finder: PhraseFinder;
  kinds: Map<string, number>;
}
const scanners = new WeakMap<Taxonomy, Scanner>();

function scannerFor(taxonomy: Taxonomy): Scanner {
  let sc = scanners.get(taxonomy);
  if (sc) return sc;
  const kinds = new Map<string, number>();
  const mark = (p: string, k: number) => p.length >= 2 && kinds.set(p, (kinds.get(p) ?? 0) | k);
  for (const [n, list] of divisions().byName) mark(n, isLocalBare(list) ? Kind.LocalBare : Kind.Gazetteer);
  for (const n of [...COUNTRIES, ...WORLD_CITIES, ...LANDMARKS]) mark(n, Kind.Gazetteer);
  for (const n of TITLE_SET) mark(n, Kind.Title);
  for (const n of ROLE_WORDS) mark(n, Kind.Role);
  for (const n of KNOWN_ORGS) mark(n, Kind.Org);
  for (const n of topicPhrases(taxonomy)) mark(n, Kind.Topic);
  sc = { finder: new PhraseFinder([...kinds.keys()], kinds), kinds };
  scanners.set(taxonomy, sc);
  return sc;
}

/** Every kind's longest phrase at every position of `text`. */
export function scanArticle(text: string, taxonomy: Taxonomy): Scan {
  const { finder } = scannerFor(taxonomy);
  const out: Scan = { gazetteer: [], localBare: [], titles: [], roles: [], orgs: [], topics: [] };
  const lists = [out.gazetteer, out.localBare, out.titles, out.roles, out.orgs, out.topics];
  finder.scanKinds(text, (at, p, k) => {
    for (let i = 0; i < KINDS.length; i++) if (k & KINDS[i]) lists[i].push([at, p]);
  });
  return out;
}

const cityCache = new Map<string, string[]>();
/** The cities (4-digit codes) a bare county or township name lies in. */
function citiesOf(name: string): string[] {
  let c = cityCache.get(name);
  if (!c)
    cityCache.set(
      name,
      (c = [
        ...new Set(
          divisions()
            .byName.get(name)!
            .map((d) => d.code.slice(0, 4)),
        ),
      ]),
    );
  return c;
}

/** The region's bare county and township names among `local`, merged into `hits` (the longest at each position). */
export function withLocalBare(hits: Hits, local: Hits, region: string[]): Hits {
  const cities = new Set(region.filter((a) => a.length >= 4).map((a) => a.slice(0, 4)));
  if (!cities.size || !local.length) return hits;
  const keep = local.filter(([, n]) => citiesOf(n).some((c) => cities.has(c)));
  if (!keep.length) return hits;
  const out: Hits = [];
  let i = 0;
  let j = 0;
  while (i < hits.length || j < keep.length) {
    const a = hits[i];
    const b = keep[j];
    if (!b || (a && a[0] < b[0])) out.push(hits[i++]);
    else if (!a || b[0] < a[0]) out.push(keep[j++]);
    else {
      out.push(a[1].length >= b[1].length ? a : b);
      i++;
      j++;
    }
  }
  return out;
}

/**
 * One scan of an article for every phrase the tagger looks for: division names
 * (full, and bare ones of provinces and prefectures), bare county and township
 * names (kept only in the article's region), foreign names and landmarks, office
 * titles, nouns of standing, known organisations, the taxonomy's topic phrases and
 * the words that end a body's or a site's name (suffixes.ts). Each kind gets the
 * longest phrase of its own at every position.
 */
import { divisions, isLocalBare } from "./divisions";
import { PhraseFinder } from "./phrase-finder";
import { COUNTRIES, WORLD_CITIES } from "./gazetteer";
import { LANDMARKS } from "./landmarks";
import { PERSON_CUES, ROLE_WORDS, TITLE_SET, UNINTRODUCED_ENDS } from "./people";
import { LIST_END_STARTS } from "./listed-companies";
import { KNOWN_ORGS } from "./known-orgs";
import { topicPhrases, type Taxonomy } from "./topics";
import { NAMED_ENDS, RELATIVE_BODIES, RELATIVE_WHOLES, SHORT_BODIES, SITE_ENDS, ZONE_ENDS } from "./suffixes";

export type Hits = [at: number, phrase: string][];
const KINDS = [
  "gazetteer",
  "localBare",
  "titles",
  "roles",
  "orgs",
  "topics",
  "namedEnds",
  "relativeBodies",
  "relativeWholes",
  "shortBodies",
  "sites",
  "zones",
  "unintroduced",
  "personCues",
  "listEnds",
] as const;
type KindName = (typeof KINDS)[number];
/** Each kind is a bit: kind i is 1 << i. */
const bit = (k: KindName) => 1 << KINDS.indexOf(k);
export type Scan = Record<KindName, Hits> & {
  finder: PhraseFinder;
  /** The phrase number of each hit in `localBare` (for the region's sets of names, see withLocalBare). */
  localBareIds: number[];
};

interface Scanner {
  finder: PhraseFinder;
  kinds: Map<string, number>;
  /** Per city (4-digit code): a bit per phrase number, set for the city's bare county and township names. */
  cityBits: Map<string, Uint8Array>;
  idOf?: Map<string, number>;
}
const scanners = new WeakMap<Taxonomy, Scanner>();
// Building a scanner takes about half a second: taxonomies with the same topic phrases share one.
const byPhrases = new Map<string, Scanner>();

function scannerFor(taxonomy: Taxonomy): Scanner {
  let sc = scanners.get(taxonomy);
  if (sc) return sc;
  const key = JSON.stringify(topicPhrases(taxonomy));
  sc = byPhrases.get(key);
  if (sc) {
    scanners.set(taxonomy, sc);
    return sc;
  }
  const kinds = new Map<string, number>();
  const mark = (k: KindName, list: Iterable<string>) => {
    for (const p of list) if (p.length >= 2) kinds.set(p, (kinds.get(p) ?? 0) | bit(k));
  };
  for (const [n, list] of divisions().byName) mark(isLocalBare(list) ? "localBare" : "gazetteer", [n]);
  mark("gazetteer", [...COUNTRIES, ...WORLD_CITIES, ...LANDMARKS]);
  mark("titles", TITLE_SET);
  mark("roles", ROLE_WORDS);
  mark("orgs", KNOWN_ORGS);
  mark("topics", topicPhrases(taxonomy));
  mark("namedEnds", NAMED_ENDS);
  mark("relativeBodies", RELATIVE_BODIES);
  mark("relativeWholes", RELATIVE_WHOLES);
  mark("shortBodies", SHORT_BODIES);
  mark("sites", SITE_ENDS);
  mark("zones", ZONE_ENDS);
  mark("unintroduced", UNINTRODUCED_ENDS);
  mark("personCues", PERSON_CUES);
  mark("listEnds", LIST_END_STARTS);
  sc = { finder: new PhraseFinder([...kinds.keys()], kinds), kinds, cityBits: new Map() };
  scanners.set(taxonomy, sc);
  byPhrases.set(key, sc);
  return sc;
}

/** Every kind's longest phrase at every position of `text`. */
export function scanArticle(text: string, taxonomy: Taxonomy): Scan {
  const { finder } = scannerFor(taxonomy);
  const lists = KINDS.map((): Hits => []);
  const localBareIds: number[] = [];
  const local = bit("localBare");
  finder.scanKinds(text, (at, p, k, id) => {
    for (let i = 0; k >> i; i++) if (k & (1 << i)) lists[i].push([at, p]);
    if (k & local) localBareIds.push(id);
  });
  const scan = { finder, localBareIds } as Scan;
  KINDS.forEach((k, i) => (scan[k] = lists[i]));
  return scan;
}

/**
 * What a search for the phrases of `kind` finds in `masked` (the scanned text with some spans masked):
 * leftmost-longest runs, as a regex of those phrases would find them. Only positions where the scan found
 * a phrase of the kind can hold one; where a mask cut the longest, a shorter one may still be whole there.
 */
export function runsIn(masked: string, scan: Scan, kind: KindName): Hits {
  const out: Hits = [];
  let end = 0;
  for (const [at, p] of scan[kind]) {
    if (at < end) continue;
    const whole = masked.startsWith(p, at) ? p : scan.finder.longestAt(masked, at, bit(kind));
    if (!whole) continue;
    out.push([at, whole]);
    end = at + whole.length;
  }
  return out;
}

/** The bits of a city's bare county and township names, by phrase number (built once per city). */
function cityBitsOf(sc: Scanner, city: string): Uint8Array {
  let bits = sc.cityBits.get(city);
  if (bits) return bits;
  const list = sc.finder.phraseList;
  sc.idOf ??= new Map(list.map((p, id) => [p, id]));
  bits = new Uint8Array((list.length >> 3) + 1);
  for (const n of divisions().localBare.get(city) ?? []) {
    const id = sc.idOf.get(n);
    if (id !== undefined) bits[id >> 3] |= 1 << (id & 7);
  }
  sc.cityBits.set(city, bits);
  return bits;
}

/** The region's bare county and township names among the scan's local ones, merged into its gazetteer hits (the longest at each position). */
export function withLocalBare(scan: Scan, region: string[], taxonomy: Taxonomy): Hits {
  const { gazetteer: hits, localBare: local, localBareIds: ids } = scan;
  const cities = new Set(region.filter((a) => a.length >= 4).map((a) => a.slice(0, 4)));
  if (!cities.size || !local.length) return hits;
  // A bit per city for each of the hundreds of hits an article has (most are common words: 发展, 建设,
  // 人民), rather than the cities of each name.
  const sc = scannerFor(taxonomy);
  const bits = [...cities].map((c) => cityBitsOf(sc, c));
  const keep = local.filter((_, i) => bits.some((b) => (b[ids[i] >> 3] & (1 << (ids[i] & 7))) !== 0));
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

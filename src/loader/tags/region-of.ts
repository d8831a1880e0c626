/** The region of an article: codes of the places its paper's name and its text name without doubt. */
import { divisions, type Division } from "./divisions";
import { COMMON_BARE, gazetteerFinder } from "./places";
import { anchorCodes } from "./region";

/** Leftmost-longest, not overlapping, from the longest phrase at each position (a PhraseFinder's findEach). */
export function leftmostLongest(hits: [number, string][]): [number, string][] {
  const out: [number, string][] = [];
  let end = 0;
  for (const h of hits)
    if (h[0] >= end) {
      out.push(h);
      end = h[0] + h[1].length;
    }
  return out;
}

const entriesOf = (hits: [number, string][]): Division[][] => {
  const { byName } = divisions();
  return leftmostLongest(hits).flatMap(([, n]) => (byName.has(n) ? [byName.get(n)!] : []));
};

// The anchor a name gives (a division code, or none), worked out once per name: an article has dozens of names.
const anchors = new Map<string, string | null>();
function anchorOf(name: string): string | null {
  let a = anchors.get(name);
  if (a === undefined) {
    const entries = divisions().byName.get(name);
    anchors.set(name, (a = entries ? (anchorCodes([entries], COMMON_BARE)[0] ?? null) : null));
  }
  return a;
}

const byPublication = new Map<string, string[]>();

/** A county-level paper's own county by its bare name, where the name means one county only (晋江经济报 → 350582). */
function countyOf(publication: string): string[] {
  const { byName } = divisions();
  for (let len = 4; len >= 2; len--)
    for (let at = 0; at + len <= publication.length; at++) {
      const list = byName.get(publication.slice(at, at + len))?.filter((d) => d.level === 3);
      if (list?.length === 1) return [list[0].code];
    }
  return [];
}

/** Region codes from the paper's name (cached per paper) and the gazetteer names found in the article's text. */
export function regionOf(publication: string | null, textHits: [number, string][]): string[] {
  let pub: string[] = [];
  if (publication) {
    pub = byPublication.get(publication) ?? [
      ...anchorCodes(entriesOf(gazetteerFinder().findEach(publication)), COMMON_BARE),
      ...countyOf(publication),
    ];
    byPublication.set(publication, pub);
  }
  const out = new Set(pub);
  for (const [, n] of leftmostLongest(textHits)) {
    const a = anchorOf(n);
    if (a !== null) out.add(a);
  }
  return [...out];
}

/** The region of an article: codes of the places its paper's name and its text name without doubt. */
import { divisions } from "./divisions";
import { COMMON_BARE, gazetteerFinder } from "./places";
import { anchorCodes } from "./region";

export function regionOf(publication: string | null, text: string): string[] {
  const { byName } = divisions();
  const finder = gazetteerFinder();
  const entriesIn = (s: string) => finder.find(s).flatMap(([, n]) => (byName.has(n) ? [byName.get(n)!] : []));
  return [
    ...new Set([...(publication ? anchorCodes(entriesIn(publication), COMMON_BARE) : []), ...anchorCodes(entriesIn(text), COMMON_BARE)]),
  ];
}

/**
 * jieba's dictionary as a second opinion on names: a candidate that jieba
 * knows as a word of another kind (强调 v, 高度 n, 王国 ns) is not a person.
 * Only candidates are looked up, so tagging stays fast.
 */
import { tag } from "jieba-wasm";

const PERSON_TAGS = new Set(["nr", "nrfg", "nrt", "x"]);
const cache = new Map<string, boolean>();

/** True when jieba knows `word` as one dictionary word that is not a personal name. */
export function isOtherWord(word: string): boolean {
  let r = cache.get(word);
  if (r === undefined) {
    const tags = tag(word, true);
    // Only a whole-word entry of another kind counts: jieba often splits real names (张|忠良).
    r = tags.length === 1 && tags[0].word === word && !PERSON_TAGS.has(tags[0].tag);
    cache.set(word, r);
  }
  return r;
}

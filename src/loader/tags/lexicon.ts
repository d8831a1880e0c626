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

const words = new Map<string, { word: string; tag: string }[]>();
/** jieba's words and parts of speech for a short string (cached). */
export function wordsOf(s: string): { word: string; tag: string }[] {
  let w = words.get(s);
  if (!w) words.set(s, (w = tag(s, true)));
  return w;
}

/** jieba's part of speech when it knows `word` as one dictionary word, else null. */
export function wordTag(word: string): string | null {
  const w = wordsOf(word);
  return w.length === 1 && w[0].word === word && w[0].tag !== "x" ? w[0].tag : null;
}

// Parts of speech a proper name's words are not: verbs, pronouns, adverbs, adjectives, prepositions,
// conjunctions, particles, time, place and direction words, numerals, measure words, idioms.
const NOT_IN_NAMES = /^(v|vd|vi|vg|vn|r|rr|rz|d|dg|a|ad|an|p|c|cc|u|ul|uj|uz|ud|ug|uv|t|tg|f|s|m|mq|q|o|y|e|i|l|z)$/u;
// Single characters are cut only when they are function words (的, 和, 在, 他): a name's own characters
// are often tagged as verbs or adjectives on their own (西环 → 西/环).
const NOT_IN_NAMES_1 = /^(p|c|u|ul|uj|uz|ud|ug|uv|r|rr|y|e)$/u;

/**
 * The part of `s` after its last word that cannot be part of a proper name
 * (推动社区 → the name part 推动 is cut entirely; 地处流岭 → 流).
 */
export function nameTail(s: string): string {
  const w = wordsOf(s);
  let cut = 0;
  let at = 0;
  for (const x of w) {
    at += x.word.length;
    if (x.word.length > 1 ? NOT_IN_NAMES.test(x.tag) : NOT_IN_NAMES_1.test(x.tag)) cut = at;
  }
  return s.slice(cut);
}

/**
 * jieba's dictionary as a second opinion on names: a candidate that jieba
 * knows as a word of another kind (强调 v, 高度 n, 王国 ns) is not a person.
 * Only candidates are looked up, so tagging stays fast.
 */
import { tag } from "jieba-wasm";

export interface Word {
  word: string;
  tag: string;
}

/** What jieba says of one string, worked out once per string. */
interface Entry {
  words: Word[];
  /** Its part of speech when it is one dictionary word (not "x"), else null. */
  tag: string | null;
  /** One dictionary word that is not a personal name. */
  other: boolean;
}

const PERSON_TAGS = new Set(["nr", "nrfg", "nrt", "x"]);

// Most look-ups are of one or two CJK characters (wordTag of a pair, mostly): those are keyed by a small
// integer, which a Map finds several times faster than a freshly sliced string (no hashing of the string,
// and a small integer key needs no allocation).
const CJK = 0x4e00;
const CJK_COUNT = 0x9fff - CJK + 1;
const byPair = new Map<number, Entry>();
const byString = new Map<string, Entry>();

function pairKey(s: string): number {
  if (s.length > 2 || s.length === 0) return -1;
  const a = s.charCodeAt(0) - CJK;
  if (a < 0 || a >= CJK_COUNT) return -1;
  if (s.length === 1) return CJK_COUNT * CJK_COUNT + a;
  const b = s.charCodeAt(1) - CJK;
  return b < 0 || b >= CJK_COUNT ? -1 : a * CJK_COUNT + b;
}

function entry(s: string): Entry {
  const k = pairKey(s);
  let e = k >= 0 ? byPair.get(k) : byString.get(s);
  if (e) return e;
  const words = tag(s, true);
  const one = words.length === 1 && words[0].word === s;
  e = {
    words,
    tag: one && words[0].tag !== "x" ? words[0].tag : null,
    // Only a whole-word entry of another kind counts: jieba often splits real names (张|忠良).
    other: one && !PERSON_TAGS.has(words[0].tag),
  };
  if (k >= 0) byPair.set(k, e);
  else byString.set(s, e);
  return e;
}

/** True when jieba knows `word` as one dictionary word that is not a personal name. */
export const isOtherWord = (word: string): boolean => entry(word).other;

/** jieba's words and parts of speech for a short string (cached). */
export const wordsOf = (s: string): Word[] => entry(s).words;

/** jieba's part of speech when it knows `word` as one dictionary word, else null. */
export const wordTag = (word: string): string | null => entry(word).tag;
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

/**
 * What an article's repetition says about names. A story about a person names
 * them again and again (钟洪杰 four times, 苏华维 three), mostly without a title
 * after the first; a string that a surname opens, made of common given-name
 * characters, standing as a word of its own two or more times, is a name. And a
 * name the cues cut short shows itself the same way: 辛方 is followed by 正 at
 * every one of its three places, so the name is 辛方正.
 */
import { commonGiven, isGivenCode, nameOfLength, surnameLength } from "./person-name";
import { wordTag } from "./lexicon";

// Last characters of village and hill names (杨家岭, 李家庄, 王家坝): no given names there.
const PLACE_END = /[岭庄坝湾沟屯寨坪营堡铺峪洼桥店集坡塘垭]/u;
const isHan = (c: string | undefined) => c !== undefined && c >= "\u4e00" && c <= "\u9fff";
// Word classes a name's first or last two characters may be, taken as one word: none, or a name's.
const NAME_TAG = /^(nr|nrfg|nrt)$/u;
const nameLike = (s: string) => {
  const t = wordTag(s);
  return t === null || NAME_TAG.test(t);
};

export interface EdgeTests {
  /** A clean left edge at `at`: start, punctuation, a mask or a function word. */
  cleanBefore: (text: string, at: number) => boolean;
  /** What follows a name: punctuation or a word that opens what the person does. */
  follows: (rest: string) => boolean;
}

/**
 * Three-character names the text writes at two or more clean left edges, followed at least once by
 * punctuation or a verb of the person's, and never running into a word (name's last character + next).
 */
export function repeatedNames(text: string, edges: EdgeTests, commonSurname: Uint8Array): [name: string, at: number][] {
  // First the cheap tests (character codes in tables), counting; the dictionary only for strings seen twice.
  const seen = new Map<string, number[]>();
  for (let i = 0; i + 3 <= text.length; i++) {
    if (!commonSurname[text.charCodeAt(i)] || !isGivenCode(text.charCodeAt(i + 1)) || !isGivenCode(text.charCodeAt(i + 2))) continue;
    if (!edges.cleanBefore(text, i)) continue;
    const name = text.slice(i, i + 3);
    if (surnameLength(name) !== 1) continue;
    const at = seen.get(name);
    if (at) at.push(i);
    else seen.set(name, [i]);
  }
  const out: [string, number][] = [];
  // 王伟家的房子 twice beside 王伟 three times more: the name is 王伟, and 家 the next word.
  const count = (s: string) => text.split(s).length - 1;
  for (const [name, ats] of seen) {
    if (ats.length < 2 || PLACE_END.test(name[2])) continue;
    // Where the name runs into a word (name's last character + next) it is not standing on its own.
    const own = ats.filter((i) => {
      const next = text[i + 3];
      // 苏华维和… is the name and 和 (维和 a word though): a conjunction after a name is its own.
      return !isHan(next) || /[和与及]/u.test(next) || wordTag(name[2] + next) === null;
    });
    if (own.length < 2 || !own.some((i) => edges.follows(text.slice(i + 3, i + 7)))) continue;
    if (nameOfLength(text, ats[0], 2) !== name || !nameLike(name) || !nameLike(name.slice(0, 2)) || !nameLike(name.slice(1))) continue;
    if (count(name.slice(0, 2)) === count(name)) out.push([name, own[0]]);
  }
  return out;
}

/**
 * The longer name a two-character one was cut from: the same character follows it wherever the text writes
 * it (at least twice), and the three make a name of common given characters. Else the name itself.
 */
export function grownName(text: string, name: string): string {
  if (name.length !== 2 || surnameLength(name) !== 1) return name;
  let next: string | null = null;
  // Places where the third character makes no word with the one after it (辛方正|还, not 李强会|见).
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const c = text[at + 2];
    if (!isHan(c) || (next !== null && c !== next)) return name;
    next = c;
    if (!isHan(text[at + 3]) || wordTag(c + text[at + 3]) === null) n++;
  }
  if (n < 2 || next === null) return name;
  const at = text.indexOf(name);
  const longer = nameOfLength(text, at, 2, true);
  return longer && commonGiven(longer) ? longer : name;
}

/**
 * An article body's fingerprint for the id ledger: a bottom-k sketch of its
 * character 4-grams (letters and digits only, full-width ASCII folded, lower case). Re-wrapping,
 * new paragraph breaks, punctuation and a corrected typo leave it nearly
 * unchanged; a different article shares almost nothing with it.
 */

/** Hashes kept per body: the K smallest of its distinct 4-gram hashes. */
const K = 8;
const GRAM = 4;
const WORD = /[\p{L}\p{N}]/u;

// FNV-1a over code points, then murmur3's finaliser so the low values are spread.
function hashGram(cps: number[], at: number, n: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + n; i++) h = Math.imul(h ^ cps[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 2; // 30 bits: six base-36 digits
}

/** Letters and digits of the text as code points: full-width ASCII folded, Latin lower-cased, the rest dropped. */
function wordCodePoints(paragraphs: readonly string[]): number[] {
  const cps: number[] = [];
  for (const p of paragraphs) {
    for (let i = 0; i < p.length; i++) {
      let c = p.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) {
        cps.push(c); // the common case: a Han character
        continue;
      }
      if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
      if (c < 0x80) {
        if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) cps.push(c);
        else if (c >= 65 && c <= 90) cps.push(c + 32);
        continue;
      }
      const cp = p.codePointAt(i)!;
      if (cp > 0xffff) i++;
      const ch = String.fromCodePoint(cp);
      if (WORD.test(ch)) cps.push(ch.toLowerCase().codePointAt(0)!);
    }
  }
  return cps;
}

/** The sketch of a body: at most K distinct hashes, ascending. */
export function sketch(paragraphs: readonly string[]): number[] {
  const cps = wordCodePoints(paragraphs);
  const out: number[] = [];
  let max = Infinity; // the largest kept hash once K are kept: most grams stop at this test
  const add = (h: number) => {
    let i = out.length;
    while (i > 0 && out[i - 1] > h) i--;
    if (out[i - 1] === h) return;
    out.splice(i, 0, h);
    if (out.length > K) out.pop();
    if (out.length === K) max = out[K - 1];
  };
  if (cps.length && cps.length < GRAM) add(hashGram(cps, 0, cps.length));
  for (let i = 0; i + GRAM <= cps.length; i++) {
    const h = hashGram(cps, i, GRAM);
    if (h < max) add(h);
  }
  return out;
}

export const encodeSketch = (s: readonly number[]) => s.map((h) => h.toString(36).padStart(6, "0")).join("");

export function decodeSketch(sig: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 6 <= sig.length; i += 6) out.push(parseInt(sig.slice(i, i + 6), 36));
  return out;
}

/** Estimated Jaccard similarity of two bodies' 4-gram sets, 0–1, from their sketches. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let taken = 0;
  let both = 0;
  while (taken < K && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) i++;
    else if (i >= a.length || b[j] < a[i]) j++;
    else {
      both++;
      i++;
      j++;
    }
    taken++;
  }
  return taken ? both / taken : 0;
}

/**
 * Estimated share of `a`'s 4-grams that `b` has, from the sketches: of `a`'s values up to `b`'s
 * largest, the share `b` holds (when `b` holds all of `a`, every such value is in `b`'s sketch).
 * 0 when none of `a`'s values can be checked. One checked value is enough: a story merged into an
 * article several times its length has one or two values under the longer one's largest.
 */
export function containment(a: readonly number[], b: readonly number[]): number {
  if (!a.length || !b.length) return 0;
  const max = b[b.length - 1];
  let seen = 0;
  let both = 0;
  let j = 0;
  for (const v of a) {
    if (v > max) break;
    seen++;
    while (j < b.length && b[j] < v) j++;
    if (b[j] === v) both++;
  }
  return seen >= 1 ? both / seen : 0;
}

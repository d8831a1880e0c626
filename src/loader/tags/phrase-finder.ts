/**
 * Find any of a fixed set of phrases (two characters or more) in a text in one
 * pass: a table keyed by the first two characters (typed arrays, no string or
 * Map work per position) points at the few phrases that can start there. Much
 * faster than one regex of many alternatives.
 */
const SLOT_BITS = 20;
const slotOf = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> (32 - SLOT_BITS);

export class PhraseFinder {
  private first = new Uint8Array(0x10000);
  private second = new Uint8Array(0x10000);
  /** slot → 1 + index into `lists` (0: no phrase starts with a pair of this slot). */
  private slots = new Uint32Array(1 << SLOT_BITS);
  /** Phrases of a slot, longest first (pairs sharing a slot share a list; startsWith tells them apart). */
  private lists: string[][] = [];

  /** With kinds: per slot list, the kinds of its phrases from each index on (so a scan stops when no kind is left to find). */
  private rest: Uint8Array[] = [];
  private kindOf: Uint8Array[] = [];

  constructor(phrases: string[], kinds?: Map<string, number>) {
    for (const p of [...new Set(phrases)].sort((a, b) => b.length - a.length)) {
      if (p.length < 2) throw new Error(`phrase too short: ${p}`);
      const a = p.charCodeAt(0);
      const b = p.charCodeAt(1);
      this.first[a] = 1;
      this.second[b] = 1;
      const s = slotOf(a, b);
      if (!this.slots[s]) this.slots[s] = this.lists.push([]);
      this.lists[this.slots[s] - 1].push(p);
    }
    if (kinds)
      for (const list of this.lists) {
        const own = Uint8Array.from(list, (p) => kinds.get(p) ?? 0);
        const rest = new Uint8Array(list.length + 1);
        for (let i = list.length - 1; i >= 0; i--) rest[i] = rest[i + 1] | own[i];
        this.kindOf.push(own);
        this.rest.push(rest);
      }
  }

  /**
   * At every position, for each kind (a bit of the kinds given to the constructor), the longest phrase
   * of that kind starting there: `visit(at, phrase, kinds)` with the kinds it is the longest of.
   */
  scanKinds(text: string, visit: (at: number, phrase: string, kinds: number) => void): void {
    const { first, second, slots, lists, kindOf, rest } = this;
    const end = text.length - 1;
    for (let at = 0; at < end; at++) {
      const a = text.charCodeAt(at);
      if (first[a] === 0) continue;
      const b = text.charCodeAt(at + 1);
      if (second[b] === 0) continue;
      const s = slots[slotOf(a, b)];
      if (s === 0) continue;
      const list = lists[s - 1];
      const own = kindOf[s - 1];
      const left = rest[s - 1];
      let seen = 0;
      for (let i = 0; i < list.length && (left[i] & ~seen) !== 0; i++) {
        const k = own[i] & ~seen;
        if (k === 0 || !text.startsWith(list[i], at)) continue;
        visit(at, list[i], k);
        seen |= k;
      }
    }
  }

  /** At every position, the longest phrase starting there (phrases may overlap). */
  findEach(text: string): [at: number, phrase: string][] {
    return this.scan(text, false);
  }

  /** Leftmost-longest phrases, not overlapping: after 党史学习教育 the 教育 inside it is not reported. */
  find(text: string): [at: number, phrase: string][] {
    return this.scan(text, true);
  }

  /**
   * At every position, every phrase starting there, longest first, through `visit`; `visit`
   * returns true when it needs no shorter one at that position.
   */
  scanAll(text: string, visit: (at: number, phrase: string) => boolean): void {
    const { first, second, slots, lists } = this;
    const end = text.length - 1;
    for (let at = 0; at < end; at++) {
      const a = text.charCodeAt(at);
      if (first[a] === 0) continue;
      const b = text.charCodeAt(at + 1);
      if (second[b] === 0) continue;
      const s = slots[slotOf(a, b)];
      if (s === 0) continue;
      for (const p of lists[s - 1]) if (text.startsWith(p, at) && visit(at, p)) break;
    }
  }

  private scan(text: string, skip: boolean): [at: number, phrase: string][] {
    const out: [number, string][] = [];
    let next = 0;
    this.scanAll(text, (at, p) => {
      if (at >= next) {
        out.push([at, p]);
        if (skip) next = at + p.length;
      }
      return true;
    });
    return out;
  }
}

/**
 * Find any of a fixed set of phrases (two characters or more) in a text in one
 * pass: a trie in typed arrays. A position's first two characters are looked up
 * in a hash table of pairs (behind a 32 KB bit filter that rejects most
 * positions while staying in the L1 cache); from that node the walk reads one
 * character at a time through the node's few children. No string is built or
 * compared per position; a phrase string is handed out only when it matches.
 */
import { PairTable } from "./pair-table";

interface Building {
  children: Map<number, Building>;
  phrase: number;
}
const fresh = (): Building => ({ children: new Map(), phrase: -1 });

export class PhraseFinder {
  private pairs = new PairTable();
  /**
   * Per node n: its children's characters are `childChar[childStart[n] .. childStart[n + 1]]`; nodes
   * are numbered breadth first, so the child at index k of `childChar` is node `firstChild + k`.
   */
  private childStart: Int32Array;
  private childChar: Uint16Array;
  private firstChild: number;
  /** Per node: the phrase ending there (index into `phrases`), or -1. */
  private phraseAt: Int32Array;
  /** Per node: the kinds (bits given to the constructor) of the phrase ending there. */
  private kindAt: Uint32Array;
  private phrases: string[];
  /** The nodes matched along one walk, deepest last (reused: no allocation per position). */
  private path: Int32Array;

  constructor(phrases: string[], kinds?: Map<string, number>) {
    this.phrases = [...new Set(phrases)];
    const tops = new Map<number, Building>();
    this.phrases.forEach((p, i) => {
      if (p.length < 2) throw new Error(`phrase too short: ${p}`);
      const key = PairTable.key(p.charCodeAt(0), p.charCodeAt(1));
      let node = tops.get(key) ?? tops.set(key, fresh()).get(key)!;
      for (let c = 2; c < p.length; c++) {
        const ch = p.charCodeAt(c);
        node = node.children.get(ch) ?? node.children.set(ch, fresh()).get(ch)!;
      }
      node.phrase = i;
    });
    // Number the nodes breadth first, so each node's children lie side by side.
    const order: Building[] = [];
    for (const [key, top] of tops) {
      this.pairs.set(key, order.length);
      order.push(top);
    }
    for (let i = 0; i < order.length; i++) for (const child of order[i].children.values()) order.push(child);
    const n = order.length;
    this.firstChild = tops.size;
    this.childStart = new Int32Array(n + 1);
    this.childChar = new Uint16Array(n - tops.size);
    this.phraseAt = new Int32Array(n);
    this.kindAt = new Uint32Array(n);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const b = order[i];
      this.phraseAt[i] = b.phrase;
      this.kindAt[i] = b.phrase >= 0 ? (kinds?.get(this.phrases[b.phrase]) ?? 0) : 0;
      this.childStart[i] = k;
      for (const ch of b.children.keys()) this.childChar[k++] = ch;
    }
    this.childStart[n] = k;
    this.path = new Int32Array(Math.max(2, ...this.phrases.map((p) => p.length)));
  }

  /** The nodes of phrases starting at `at`, shortest first, into `path`; returns how many. */
  private walk(text: string, at: number): number {
    let node = this.pairs.get(text.charCodeAt(at), text.charCodeAt(at + 1));
    if (node < 0) return 0;
    const { childStart, childChar, firstChild, phraseAt, path } = this;
    let found = 0;
    for (let i = at + 2; ; i++) {
      if (phraseAt[node] >= 0) path[found++] = node;
      if (i >= text.length) break;
      const ch = text.charCodeAt(i);
      let next = -1;
      for (let k = childStart[node], end = childStart[node + 1]; k < end; k++)
        if (childChar[k] === ch) {
          next = firstChild + k;
          break;
        }
      if (next < 0) break;
      node = next;
    }
    return found;
  }

  /**
   * At every position, for each kind (a bit of the kinds given to the constructor), the longest phrase
   * of that kind starting there: `visit(at, phrase, kinds, id)` with the kinds it is the longest of and
   * the phrase's number (its index in `phraseList`).
   */
  scanKinds(text: string, visit: (at: number, phrase: string, kinds: number, id: number) => void): void {
    const { path, kindAt, phraseAt, phrases, pairs } = this;
    // Most positions fail the pair filter: test it inline, reading each character once.
    let b = text.charCodeAt(0);
    for (let at = 0; at < text.length - 1; at++) {
      const a = b;
      b = text.charCodeAt(at + 1);
      if (!pairs.mayHave(a, b)) continue;
      let seen = 0;
      for (let j = this.walk(text, at) - 1; j >= 0; j--) {
        const k = kindAt[path[j]] & ~seen;
        if (k === 0) continue;
        const id = phraseAt[path[j]];
        visit(at, phrases[id], k, id);
        seen |= k;
      }
    }
  }

  /** The phrases, each once, in the order of their numbers. */
  get phraseList(): readonly string[] {
    return this.phrases;
  }

  /** The longest phrase of one of `kinds` starting at `at`, or null. */
  longestAt(text: string, at: number, kinds: number): string | null {
    const { path, kindAt, phraseAt, phrases } = this;
    for (let j = this.walk(text, at) - 1; j >= 0; j--) if (kindAt[path[j]] & kinds) return phrases[phraseAt[path[j]]];
    return null;
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
    const { path, phraseAt, phrases } = this;
    for (let at = 0; at < text.length - 1; at++)
      for (let j = this.walk(text, at) - 1; j >= 0; j--) if (visit(at, phrases[phraseAt[path[j]]])) break;
  }

  private scan(text: string, skip: boolean): [at: number, phrase: string][] {
    const out: [number, string][] = [];
    const { path, phraseAt, phrases, pairs } = this;
    for (let at = 0; at < text.length - 1; at++) {
      if (!pairs.mayHave(text.charCodeAt(at), text.charCodeAt(at + 1))) continue;
      const found = this.walk(text, at);
      if (!found) continue;
      const p = phrases[phraseAt[path[found - 1]]];
      out.push([at, p]);
      if (skip) at += p.length - 1;
    }
    return out;
  }
}

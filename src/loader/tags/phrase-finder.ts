/**
 * Find any of a fixed set of phrases (two characters or more) in a text in one
 * pass: a table of first and second characters rejects most positions before
 * any string is compared. Much faster than one regex of many alternatives.
 */
export class PhraseFinder {
  private first = new Uint8Array(0x10000);
  private second = new Uint8Array(0x10000);
  private byPair = new Map<number, string[]>();

  constructor(phrases: string[]) {
    for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
      if (p.length < 2) throw new Error(`phrase too short: ${p}`);
      const a = p.charCodeAt(0);
      const b = p.charCodeAt(1);
      this.first[a] = 1;
      this.second[b] = 1;
      const key = a * 0x10000 + b;
      this.byPair.set(key, [...(this.byPair.get(key) ?? []), p]);
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

  private scan(text: string, skip: boolean): [at: number, phrase: string][] {
    const out: [number, string][] = [];
    const first = this.first;
    const second = this.second;
    const end = text.length - 1;
    for (let at = 0; at < end; at++) {
      if (first[text.charCodeAt(at)] === 0 || second[text.charCodeAt(at + 1)] === 0) continue;
      const list = this.byPair.get(text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1));
      if (!list) continue;
      for (const p of list) {
        if (text.startsWith(p, at)) {
          out.push([at, p]);
          if (skip) at += p.length - 1;
          break;
        }
      }
    }
    return out;
  }
}

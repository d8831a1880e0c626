/** A deterministic query set drawn from the articles themselves, the way readers search. */
import type { IssueFile } from "../../src/shared/contract";
import { rng } from "./corpus";

const HAN = /^\p{Script=Han}+$/u;

export function querySet(issues: IssueFile[], count: number, seed: number): string[] {
  const rand = rng(seed);
  const arts = issues.flatMap((f) => f.articles);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const hanSlice = (s: string, len: number) => {
    const cs = [...s];
    for (let tries = 0; tries < 20; tries++) {
      const at = Math.floor(rand() * Math.max(1, cs.length - len));
      const sub = cs.slice(at, at + len).join("");
      if (sub.length && HAN.test(sub)) return sub;
    }
    return null;
  };
  const out = new Set<string>();
  const add = (q: string | null) => q && out.add(q);
  while (out.size < count) {
    const a = pick(arts);
    const r = rand();
    const body = a.paragraphs.join("");
    if (r < 0.55) add(hanSlice(a.title, 2 + Math.floor(rand() * 3)));
    else if (r < 0.7) add(hanSlice(body, 2 + Math.floor(rand() * 4)));
    else if (r < 0.82) {
      const x = hanSlice(a.title, 2);
      const y = hanSlice(body, 2 + Math.floor(rand() * 2));
      if (x && y) add(`${x} ${y}`);
    } else if (r < 0.87) add(hanSlice(body, 1));
    else if (r < 0.93) add(pick(body.match(/[A-Za-z][A-Za-z0-9]+|\d{3,}/g) ?? [""]) || null);
    else {
      const s = hanSlice(a.title, 3);
      add(s ? [...s].reverse().join("") : null);
    }
  }
  return [...out];
}

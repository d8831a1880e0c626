/** The shared corpus (../shared/corpus): 18,996 news stories, for scale tests and benchmarks only. */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";

export interface Story {
  id: string;
  title: string;
  body: string;
  date: string;
  issue: string;
  position: number;
}

export const CORPUS =
  process.env.KANBAO_CORPUS ?? join(import.meta.dirname, "..", "..", "..", "shared", "corpus", "xwlb-2022-2025.jsonl.gz");

export function readCorpus(limit = Infinity): Story[] {
  if (!existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS} (set KANBAO_CORPUS)`);
  const lines = gunzipSync(readFileSync(CORPUS)).toString("utf8").split("\n");
  const out: Story[] = [];
  for (const l of lines) {
    if (out.length >= limit) break;
    if (l.trim()) out.push(JSON.parse(l));
  }
  return out;
}

/** Stories grouped by their `issue` field, in corpus order. */
export function byIssue(stories: Story[]): Story[][] {
  const m = new Map<string, Story[]>();
  for (const s of stories) m.set(s.issue, [...(m.get(s.issue) ?? []), s]);
  return [...m.values()];
}

/** A small deterministic PRNG (mulberry32), so generated layouts are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

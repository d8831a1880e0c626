/**
 * Topics (主题) from the editors' taxonomy, `topics.json` in the content folder:
 * `{"topics": [{"name", "keywords": [...], "exclude"?: [...]}]}`. An article has a
 * topic when a keyword is in its headline, or keywords occur at least twice in its
 * body (phrases in `exclude` do not count: 党史学习教育 is not 教育).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

export const TOPICS_FILE = "topics.json";

export const Taxonomy = z
  .object({
    topics: z.array(
      z
        .object({
          name: z.string().min(1),
          keywords: z.array(z.string().min(2, "a keyword has at least two characters")).min(1),
          exclude: z.array(z.string().min(2, "an excluded phrase has at least two characters")).default([]),
        })
        .strict(),
    ),
  })
  .strict();
export type Taxonomy = z.infer<typeof Taxonomy>;

export function loadTaxonomy(root: string): Taxonomy {
  const file = join(root, TOPICS_FILE);
  if (!existsSync(file)) return { topics: [] };
  try {
    return Taxonomy.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (e) {
    const why = e instanceof z.ZodError ? z.prettifyError(e) : (e as Error).message;
    throw new Error(`${file}: not a valid topic taxonomy: ${why}`);
  }
}

interface Compiled {
  /** For each phrase: the topics it counts for (none for an excluded phrase). */
  counts: Map<string, number[]>;
}
const compiled = new WeakMap<Taxonomy, Compiled>();

function compile(taxonomy: Taxonomy): Compiled {
  let c = compiled.get(taxonomy);
  if (c) return c;
  const counts = new Map<string, number[]>();
  taxonomy.topics.forEach((t, i) => {
    for (const x of t.exclude) if (!counts.has(x)) counts.set(x, []);
    for (const k of t.keywords) counts.set(k, [...(counts.get(k) ?? []), i]);
  });
  c = { counts };
  compiled.set(taxonomy, c);
  return c;
}

/** Every keyword and excluded phrase of the taxonomy, for the shared scan. */
export const topicPhrases = (taxonomy: Taxonomy): string[] => [...compile(taxonomy).counts.keys()];

/**
 * Topics from the phrases the shared scan found (position, longest phrase there).
 * Taken leftmost-longest: an excluded phrase (党史学习教育) swallows the keyword
 * inside it (教育). Positions before `headLen` are in the headline.
 */
export function topicsFromMatches(matches: [number, string][], headLen: number, taxonomy: Taxonomy): string[] {
  if (!taxonomy.topics.length) return [];
  const { counts } = compile(taxonomy);
  const head = new Array<number>(taxonomy.topics.length).fill(0);
  const body = new Array<number>(taxonomy.topics.length).fill(0);
  let end = 0;
  for (const [at, p] of matches) {
    const topics = counts.get(p);
    if (!topics || at < end) continue;
    end = at + p.length;
    for (const i of topics) (at < headLen ? head : body)[i]++;
  }
  return taxonomy.topics.filter((_, i) => head[i] > 0 || body[i] >= 2).map((t) => t.name);
}

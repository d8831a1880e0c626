/**
 * Topics (主题) from the editors' taxonomy, `topics.json` in the content folder:
 * `{"topics": [{"name", "keywords": [...], "exclude"?: [...]}]}`. An article has a
 * topic when a keyword is in its headline, or keywords occur at least twice in its
 * body (phrases in `exclude` do not count: 党史学习教育 is not 教育).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { PhraseFinder } from "./phrase-finder";

export const TOPICS_FILE = "topics.json";

const Taxonomy = z
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
  finder: PhraseFinder;
  /** For each phrase the regex can match: the topics it counts for (none for an excluded phrase). */
  counts: Map<string, number[]>;
}
const compiled = new WeakMap<Taxonomy, Compiled>();

// One pass over every keyword and excluded phrase, leftmost-longest: an excluded
// phrase (党史学习教育) swallows the keyword inside it (教育).
function compile(taxonomy: Taxonomy): Compiled {
  let c = compiled.get(taxonomy);
  if (c) return c;
  const counts = new Map<string, number[]>();
  taxonomy.topics.forEach((t, i) => {
    for (const x of t.exclude) if (!counts.has(x)) counts.set(x, []);
    for (const k of t.keywords) counts.set(k, [...(counts.get(k) ?? []), i]);
  });
  c = { finder: new PhraseFinder([...counts.keys()]), counts };
  compiled.set(taxonomy, c);
  return c;
}

function tally(text: string, c: Compiled, n: number): number[] {
  const hits = new Array<number>(n).fill(0);
  for (const [, p] of c.finder.find(text)) for (const i of c.counts.get(p)!) hits[i]++;
  return hits;
}

export function extractTopics(headline: string, body: string, taxonomy: Taxonomy): string[] {
  if (!taxonomy.topics.length) return [];
  const c = compile(taxonomy);
  const inHead = tally(headline, c, taxonomy.topics.length);
  const inBody = tally(body, c, taxonomy.topics.length);
  return taxonomy.topics.filter((_, i) => inHead[i] > 0 || inBody[i] >= 2).map((t) => t.name);
}

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

const Taxonomy = z
  .object({
    topics: z.array(
      z
        .object({
          name: z.string().min(1),
          keywords: z.array(z.string().min(1)).min(1),
          exclude: z.array(z.string().min(1)).default([]),
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

function count(text: string, keywords: string[], exclude: string[]): number {
  let t = text;
  for (const x of exclude) t = t.split(x).join("〇");
  return keywords.reduce((n, k) => n + (t.split(k).length - 1), 0);
}

export function extractTopics(headline: string, body: string, taxonomy: Taxonomy): string[] {
  return taxonomy.topics.filter((t) => count(headline, t.keywords, t.exclude) > 0 || count(body, t.keywords, t.exclude) >= 2).map((t) => t.name);
}

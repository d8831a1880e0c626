/**
 * Editors' corrections to the splitter, without code: `content/corrections.json`,
 * reviewable in git. Each correction names a line of an issue file (its number
 * and the start of its text, so a correction that no longer fits is caught) and
 * either the role the line must have — given to the decoder as a forced label, so
 * the rest of the issue is read around it — or the byline of the article the
 * line belongs to.
 *
 *   { "corrections": { "000_7377606bfa394453.txt": [
 *       { "line": 105, "text": "政府西游园开园啦", "as": "title" },
 *       { "line": 21, "text": "造特色亮点", "as": "continues" },
 *       { "line": 13, "byline": "记者 程修建" } ] } }
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Role } from "./split/grammar";

export const CORRECTIONS_FILE = "corrections.json";
/** Warnings an issue gets for corrections that no longer apply start so (the build lists them as problems). */
export const CORRECTION_WARNING = "correction";

/** What an editor may say a line is: the splitter's roles and plain names for them. */
export const AS: Record<string, Role> = {
  noise: "noise",
  page: "page",
  kicker: "kicker",
  title: "title",
  subtitle: "subtitle",
  "headline-continues": "title+",
  "title+": "title+",
  "kicker+": "kicker+",
  "subtitle+": "subtitle+",
  byline: "byline",
  "byline+": "byline+",
  credit: "credit",
  "credit+": "credit+",
  paragraph: "pstart",
  pstart: "pstart",
  continues: "pcont",
  pcont: "pcont",
};

const Correction = z
  .object({
    /** 1-based line of the issue file. */
    line: z.number().int().positive(),
    /** The start of the line's text as it reads now; the correction applies only while it does. */
    text: z.string().min(1).optional(),
    /** The role the line must have. */
    as: z.enum(Object.keys(AS) as [string, ...string[]]).optional(),
    /** The byline of the article this line belongs to; null for none. */
    byline: z.string().min(1).nullable().optional(),
  })
  .strict()
  .refine((c) => c.as !== undefined || c.byline !== undefined, { message: "a correction needs `as` or `byline`" });
export type Correction = z.infer<typeof Correction>;

const CorrectionsFile = z.object({ corrections: z.record(z.string(), z.array(Correction)) }).strict();

export interface LoadedCorrections {
  /** The corrections for one issue file (path under issues/). */
  for(rel: string): Correction[];
  /** Files named in the corrections that the content folder does not have. */
  unknown(known: Set<string>): string[];
}

export function loadCorrections(root: string): LoadedCorrections {
  const file = join(root, CORRECTIONS_FILE);
  if (!existsSync(file)) return { for: () => [], unknown: () => [] };
  let parsed: z.infer<typeof CorrectionsFile>;
  try {
    parsed = CorrectionsFile.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (e) {
    const why = e instanceof z.ZodError ? z.prettifyError(e) : (e as Error).message;
    throw new Error(`${file}: not a valid corrections file: ${why}`);
  }
  return {
    for: (rel) => parsed.corrections[rel] ?? [],
    unknown: (known) => Object.keys(parsed.corrections).filter((k) => !known.has(k)),
  };
}

const squash = (s: string) => s.replace(/\s+/gu, "");

export interface ResolvedCorrections {
  /** Forced role per model line, or null. */
  forced: (Role | null)[];
  /** Byline overrides by model line index. */
  bylines: Map<number, string | null>;
  /** Corrections that no longer apply: `line N: reason`. */
  stale: string[];
}

/** Match corrections to the model's lines (`no` and text of each). */
export function resolveCorrections(lines: { no: number; text: string }[], list: Correction[]): ResolvedCorrections {
  const forced: (Role | null)[] = lines.map(() => null);
  const bylines = new Map<number, string | null>();
  const stale: string[] = [];
  for (const c of list) {
    const onLine = lines.map((l, i) => [l, i] as const).filter(([l]) => l.no === c.line);
    const fits = ([l]: (typeof onLine)[number]) => !c.text || squash(l.text).startsWith(squash(c.text));
    let hit = onLine.find(fits);
    if (!hit && c.text) {
      // The text moved: take it where it now stands, if it stands on one line only.
      const moved = lines.map((l, i) => [l, i] as const).filter(fits);
      if (moved.length === 1) hit = moved[0];
    }
    if (!hit) {
      const now = onLine[0]?.[0].text;
      stale.push(
        `line ${c.line}: ${now === undefined ? "the file has no text on that line" : `the line now reads “${[...now].slice(0, 24).join("")}”${c.text ? `, not “${c.text}”` : ""}`}; correction not applied`,
      );
      continue;
    }
    if (c.as) forced[hit[1]] = AS[c.as];
    if (c.byline !== undefined) bylines.set(hit[1], c.byline);
  }
  return { forced, bylines, stale };
}

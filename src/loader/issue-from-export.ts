/** A CMS export (JSON array or JSON Lines: title, body, date, issue) → issues, no layout parsing. */
import { z } from "zod";
import { IssueFile, SCHEMA_VERSION } from "../shared/contract";
import { decode, InputError } from "./decode";
import { slug } from "./ids";
import { inferDate, issueDate, type ManifestEntry } from "./metadata";
import { toArticles, issueIdFor } from "./issue-from-text";
import type { Taxonomy } from "./tags/topics";

const Text = z.string().transform((s) => s.trim());
const Record = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: Text.pipe(z.string().min(1, "no title")),
  body: Text.pipe(z.string().min(1, "no body")),
  kicker: Text.optional(),
  subtitle: Text.optional(),
  byline: Text.optional(),
  author: Text.optional(),
  date: z.string().optional(),
  issue: z.union([z.string(), z.number()]).optional(),
  position: z.number().optional(),
  publication: Text.optional(),
  edition: Text.optional(),
});
type Rec = z.infer<typeof Record> & { line: number };

function records(relPath: string, text: string, warnings: string[]): Rec[] {
  let raw: { value: unknown; line: number }[];
  if (relPath.endsWith(".jsonl") || relPath.endsWith(".ndjson")) {
    raw = [];
    text.split(/\r?\n/u).forEach((l, i) => {
      if (!l.trim()) return;
      try {
        raw.push({ value: JSON.parse(l), line: i + 1 });
      } catch {
        warnings.push(`line ${i + 1}: not valid JSON`);
      }
    });
  } else {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      throw new InputError(`not valid JSON: ${(e as Error).message}`);
    }
    const list = Array.isArray(doc) ? doc : (doc as { articles?: unknown })?.articles;
    if (!Array.isArray(list)) throw new InputError('a JSON export must be an array of articles or {"articles": [...]}');
    raw = list.map((value, i) => ({ value, line: i + 1 }));
  }
  const out: Rec[] = [];
  for (const r of raw) {
    const p = Record.safeParse(r.value);
    if (p.success) out.push({ ...p.data, line: r.line });
    else warnings.push(`record ${r.line}: ${p.error.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`).join("; ")}`);
  }
  return out;
}

const paragraphsOf = (body: string) =>
  body
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter(Boolean);
const isoDate = (d: string | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/u.test(d.trim()) ? d.trim() : undefined);

export function issuesFromExport(
  relPath: string,
  bytes: Uint8Array,
  meta: ManifestEntry,
  taxonomy: Taxonomy = { topics: [] },
): IssueFile[] {
  const { text, encoding } = decode(bytes);
  const warnings: string[] = [];
  const recs = records(relPath, text, warnings);
  if (!recs.length) throw new InputError(`no article found${warnings.length ? `: ${warnings.slice(0, 3).join("; ")}` : ""}`);
  const groups = new Map<string, Rec[]>();
  for (const r of recs) {
    const key = r.issue === undefined ? "" : String(r.issue);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const fileId = issueIdFor(relPath, meta);
  return [...groups].map(([key, group], gi) => {
    group.sort((a, b) => (a.position ?? a.line) - (b.position ?? b.line) || a.line - b.line);
    const articles = toArticles(
      group.map((r) => ({
        kicker: r.kicker || null,
        title: r.title,
        subtitle: r.subtitle || null,
        byline: r.byline || r.author || null,
        paragraphs: paragraphsOf(r.body),
      })),
      taxonomy,
      group.map((r) => (r.id === undefined ? null : slug(String(r.id)))),
      { publication: group.find((r) => r.publication)?.publication ?? meta.publication ?? null },
    );
    const given = isoDate(group.find((r) => isoDate(r.date))?.date) ?? meta.date;
    const { date, dateInferred } = issueDate(given, given ? null : inferDate(group.map((r) => r.body).join("\n")));
    return IssueFile.parse({
      version: SCHEMA_VERSION,
      issue: {
        id: key ? slug(key) : fileId,
        source: relPath,
        publication: group.find((r) => r.publication)?.publication ?? meta.publication ?? null,
        date,
        dateInferred,
        edition: group.find((r) => r.edition)?.edition ?? meta.edition ?? null,
        layout: "structured",
        encoding,
        articleCount: articles.length,
      },
      articles,
      noise: [],
      warnings: gi === 0 ? warnings : [],
    });
  });
}

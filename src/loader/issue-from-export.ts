/**
 * A CMS export (JSON array or JSON Lines: title, body, date, issue) → issues, no
 * layout parsing. A record that is not JSON, lacks a title or body, or holds
 * control characters is named (file, line or record, reason) as a problem; the
 * others are built, control characters removed.
 */
import { z } from "zod";
import { IssueFile, SCHEMA_VERSION } from "../shared/contract";
import { decode, InputError } from "./decode";
import { slug } from "./ids";
import { impossibleDate, inferDate, issueDate, type ManifestEntry } from "./metadata";
import { toArticles, issueIdFor } from "./issue-from-text";
import { parseJson, parseJsonLine, type Problem } from "./config-file";
import { sanitizeDeep } from "./sanitize";
import type { Taxonomy } from "./tags/topics";

const str = (what: string) => z.string({ error: (i) => (i.input === undefined ? `no ${what}` : "not a string") });
// One-line fields: any run of white space (a line break too) is one space.
const Line = str("text").transform((s) => s.replace(/\s+/gu, " ").trim());
const Record = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: str("title")
    .transform((s) => s.replace(/\s+/gu, " ").trim())
    .pipe(z.string().min(1, "no title (only spaces)")),
  body: str("body")
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "no body (only spaces)")),
  kicker: Line.optional(),
  subtitle: Line.optional(),
  byline: Line.optional(),
  author: Line.optional(),
  date: z.string().optional(),
  issue: z.union([z.string(), z.number()]).optional(),
  position: z.number().optional(),
  publication: Line.optional(),
  edition: Line.optional(),
});
type Rec = z.infer<typeof Record> & { line: number };

const LINES = /\.(jsonl|ndjson)$/iu;

function records(relPath: string, text: string, bad: (where: string, why: string) => void): Rec[] {
  const lines = LINES.test(relPath);
  const label = (n: number) => `${lines ? "line" : "record"} ${n}`;
  let raw: { value: unknown; line: number }[];
  if (lines) {
    raw = [];
    text.split(/\r\n|\r|\n/u).forEach((l, i) => {
      if (!l.trim()) return;
      const json = parseJsonLine(l);
      if ("error" in json) bad(label(i + 1), json.error);
      else raw.push({ value: json.value, line: i + 1 });
    });
  } else {
    const json = parseJson(text);
    if ("error" in json) throw new InputError(json.error);
    const doc = json.value;
    const list = Array.isArray(doc) ? doc : (doc as { articles?: unknown })?.articles;
    if (!Array.isArray(list)) throw new InputError('a JSON export must be an array of articles or {"articles": [...]}');
    raw = list.map((value, i) => ({ value, line: i + 1 }));
  }
  const out: Rec[] = [];
  for (const r of raw) {
    if (typeof r.value !== "object" || r.value === null || Array.isArray(r.value)) {
      bad(label(r.line), "not an object with title and body");
      continue;
    }
    const dirty = sanitizeDeep(r.value);
    if (dirty.length) bad(label(r.line), `control characters removed from ${dirty.join("; ")}`);
    const p = Record.safeParse(r.value);
    if (!p.success) {
      bad(label(r.line), p.error.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`).join("; "));
      continue;
    }
    const date = p.data.date?.trim();
    if (date && /^\d{4}-\d{2}-\d{2}$/u.test(date) && impossibleDate(date)) {
      bad(label(r.line), `date: ${impossibleDate(date)}: ignored`);
      delete p.data.date;
    }
    out.push({ ...p.data, line: r.line });
  }
  return out;
}

const paragraphsOf = (body: string) =>
  body
    .split(/\r\n|\r|\n/u)
    .map((p) => p.trim())
    .filter(Boolean);
const isoDate = (d: string | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/u.test(d.trim()) ? d.trim() : undefined);

export interface ExportIssue {
  file: IssueFile;
  /** The ledger key: the path, plus `#<issue>` when records name their issue. */
  key: string;
  /** The issue id a new issue gets. */
  candidate: string;
  /** Article ids the records give. */
  articleIds: (string | null)[];
}

/** The issues of an export and its bad records (problems naming file, line or record, reason). */
export function exportIssues(
  relPath: string,
  bytes: Uint8Array,
  meta: ManifestEntry,
  taxonomy: Taxonomy = { topics: [] },
): { issues: ExportIssue[]; problems: Problem[] } {
  const { text, encoding } = decode(bytes);
  const warnings: string[] = [];
  const problems: Problem[] = [];
  const recs = records(relPath, text, (where, why) => {
    warnings.push(`${where}: ${why}`);
    problems.push({ file: relPath, reason: `${where}: ${why}` });
  });
  if (!recs.length) throw new InputError(`no article found${warnings.length ? `: ${warnings.slice(0, 3).join("; ")}` : ""}`);
  const groups = new Map<string, Rec[]>();
  for (const r of recs) {
    const key = r.issue === undefined ? "" : String(r.issue);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const fileId = issueIdFor(relPath, meta);
  const issues = [...groups].map(([key, group], gi): ExportIssue => {
    group.sort((a, b) => (a.position ?? a.line) - (b.position ?? b.line) || a.line - b.line);
    const articleIds = group.map((r) => (r.id === undefined ? null : slug(String(r.id))));
    const articles = toArticles(
      group.map((r) => ({
        kicker: r.kicker || null,
        title: r.title,
        subtitle: r.subtitle || null,
        byline: r.byline || r.author || null,
        paragraphs: paragraphsOf(r.body),
      })),
      taxonomy,
      articleIds,
      { publication: group.find((r) => r.publication)?.publication ?? meta.publication ?? null },
    );
    const given = isoDate(group.find((r) => isoDate(r.date))?.date) ?? meta.date;
    const { date, dateInferred } = issueDate(given, given ? null : inferDate(group.map((r) => r.body).join("\n")));
    const id = key ? slug(key) : fileId;
    const file = IssueFile.parse({
      version: SCHEMA_VERSION,
      issue: {
        id,
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
    return { file, key: key ? `${relPath}#${key}` : relPath, candidate: id, articleIds };
  });
  return { issues, problems };
}

/** The issues of an export (for scripts that need no ids ledger). */
export const issuesFromExport = (...args: Parameters<typeof exportIssues>): IssueFile[] => exportIssues(...args).issues.map((i) => i.file);

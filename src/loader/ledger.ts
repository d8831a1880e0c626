/**
 * The id ledger, `ids.jsonl` in the content folder: every issue's id by its
 * source, every article's id with its headline and body fingerprint, and the
 * ids that used to lead there. Written by the build, committed by the editor.
 * One JSON object per line, so git merges two editors' ledgers line by line
 * (`merge=union`); the reader takes both sides of a merge, even one left with
 * conflict markers, and the next build writes them back as one.
 */
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { Id } from "../shared/contract";
import { parseJsonLine, readConfigText, zodProblems, type Problem } from "./config-file";
import { byCodePoint } from "./order";

export const LEDGER_FILE = "ids.jsonl";

export interface LedgerArticle {
  id: string;
  /** The headline when the id was last matched: for the editor reading a diff. */
  title: string;
  /** Body fingerprint (fingerprint.ts). */
  sig: string;
  /** Former ids of this article: their URLs redirect here. */
  was: string[];
}

export interface LedgerIssue {
  /** Path under issues/, plus `#<issue>` for each issue of an export file. */
  source: string;
  id: string;
  /** Former ids of the issue. */
  was: string[];
  /** Ids of articles that are no more: their URLs redirect to the issue. */
  gone: string[];
  articles: LedgerArticle[];
  /** The order the archive took the issue in (`IssueFile.seq`); absent in ledgers written before it. */
  seq?: number;
}

const Ids = z.array(Id).default([]);
const IssueLine = z
  .object({ source: z.string().min(1), issue: Id, seq: z.number().int().nonnegative().optional(), was: Ids, gone: Ids })
  .strict();
const ArticleLine = z
  .object({ source: z.string().min(1), article: Id, title: z.string(), sig: z.string().regex(/^[0-9a-z]*$/u), was: Ids })
  .strict();

export interface ReadLedger {
  entries: Map<string, LedgerIssue>;
  /** The file as read ("" when there is none): the build writes only when its ledger differs. */
  text: string;
  problems: Problem[];
  notes: Problem[];
  /** False when the file could not be read whole: the build then never overwrites it. */
  writable: boolean;
}

const CONFLICT = /^(<{7}|={7}|>{7}|\|{7})(\s|$)/u;
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** Read the ledger, taking every side of a merge: duplicates are joined, contradictions settled in code-point order. */
export function readLedger(root: string): ReadLedger {
  const out: ReadLedger = { entries: new Map(), text: "", problems: [], notes: [], writable: true };
  const text = readConfigText(root, LEDGER_FILE);
  if (text === null) return out;
  if (typeof text !== "string") return { ...out, problems: [text], writable: false };
  out.text = text;
  const articles: { line: number; v: z.infer<typeof ArticleLine> }[] = [];
  let conflicts = 0;
  text.split(/\r?\n/u).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    if (CONFLICT.test(line)) return void conflicts++;
    const at = `line ${i + 1}`;
    const json = parseJsonLine(line);
    if ("error" in json) {
      out.problems.push({ file: LEDGER_FILE, reason: `${at}: ${json.error}` });
      return;
    }
    const isArticle = typeof json.value === "object" && json.value !== null && "article" in json.value;
    const p = (isArticle ? ArticleLine : IssueLine).safeParse(json.value);
    if (!p.success) {
      out.problems.push(...zodProblems(LEDGER_FILE, p.error).map((q) => ({ ...q, reason: `${at}: ${q.reason}` })));
      return;
    }
    if ("article" in p.data) return void articles.push({ line: i + 1, v: p.data });
    const v = p.data as z.infer<typeof IssueLine>;
    const had = out.entries.get(v.source);
    if (!had) out.entries.set(v.source, { source: v.source, id: v.issue, was: v.was, gone: v.gone, articles: [], seq: v.seq });
    else {
      // Two sides numbered the issue: the earlier number stands.
      if (v.seq !== undefined) had.seq = Math.min(had.seq ?? v.seq, v.seq);
      // Two sides gave one file different ids: the first in code-point order stays, the other leads to it.
      const [id, other] = [had.id, v.issue].sort(byCodePoint);
      had.was = union(union(had.was, v.was), id === other ? [] : [other]);
      had.id = id;
      had.gone = union(had.gone, v.gone);
    }
  });
  for (const { line, v } of articles) {
    const e = out.entries.get(v.source);
    if (!e) {
      out.problems.push({ file: LEDGER_FILE, reason: `line ${line}: an article of ${v.source}, which has no issue line` });
      continue;
    }
    const had = e.articles.find((a) => a.id === v.article);
    if (!had) e.articles.push({ id: v.article, title: v.title, sig: v.sig, was: v.was });
    else {
      had.was = union(had.was, v.was);
      if (byCodePoint(v.title + v.sig, had.title + had.sig) < 0) Object.assign(had, { title: v.title, sig: v.sig });
    }
  }
  for (const e of out.entries.values()) settle(e);
  if (conflicts) out.notes.push({ file: LEDGER_FILE, reason: `${conflicts} conflict marker line(s) of a merge: both sides are kept` });
  if (out.problems.length) out.writable = false;
  return out;
}

/** An id leads to one place: a live article's id is nobody's former id, and not gone. */
function settle(e: LedgerIssue): void {
  const live = new Set(e.articles.map((a) => a.id));
  const claimed = new Set<string>();
  for (const a of e.articles) {
    a.was = a.was.filter((w) => !live.has(w) && !claimed.has(w));
    for (const w of a.was) claimed.add(w);
  }
  e.gone = e.gone.filter((g) => !live.has(g) && !claimed.has(g));
  e.was = e.was.filter((w) => w !== e.id);
}

const line = (o: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(o).filter(([, v]) => !(Array.isArray(v) && v.length === 0))));

/** The ledger as a file: issues by source (code points), each issue's articles in print order; byte-identical for the same ledger. */
export function serializeLedger(entries: Iterable<LedgerIssue>): string {
  const sorted = [...entries].sort((a, b) => byCodePoint(a.source, b.source));
  const lines: string[] = [];
  for (const e of sorted) {
    lines.push(line({ source: e.source, issue: e.id, seq: e.seq, was: [...e.was].sort(byCodePoint), gone: [...e.gone].sort(byCodePoint) }));
    for (const a of e.articles)
      lines.push(line({ source: e.source, article: a.id, title: a.title, sig: a.sig, was: [...a.was].sort(byCodePoint) }));
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/** Write the ledger beside the content when it changed (atomically: a reader never sees half a file). Returns a note, or null. */
export function saveLedger(root: string, read: ReadLedger, text: string): Problem | null {
  if (text === read.text) return null;
  if (!read.writable)
    return {
      file: LEDGER_FILE,
      reason: "not updated: fix the problems above first (the build never overwrites a ledger it could not read)",
    };
  const path = join(root, LEDGER_FILE);
  const tmp = join(root, `.${LEDGER_FILE}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    return {
      file: LEDGER_FILE,
      reason: `could not be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): new ids are not recorded`,
    };
  }
  return { file: LEDGER_FILE, reason: `updated${read.text ? "" : " (new)"}: commit it with the content, so links never break` };
}

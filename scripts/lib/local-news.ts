/**
 * The shared local-news set (../shared/local-news): 80 real local-paper articles,
 * already split, with hand labels. For benchmarks only; never content.
 *
 * Scoring follows its README: labels and tags are compared after NFKC; a tag that
 * matches a doubtful string counts neither way, nor does an organisation named
 * relative to the paper's own place (市委宣传部, 区残联), listed or not.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const LOCAL_NEWS =
  process.env.KANBAO_LOCAL_NEWS ?? join(import.meta.dirname, "..", "..", "..", "shared", "local-news", "articles.jsonl");

export interface LocalRecord {
  id: string;
  paper: string | null;
  paper_inferred: string | null;
  site: string;
  date: string | null;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline_raw: string;
  byline_form: string;
  paragraphs: string[];
  people: string[];
  places: string[];
  organisations: string[];
  authors: string[];
  doubtful: string[];
}

export function readLocalNews(): LocalRecord[] {
  if (!existsSync(LOCAL_NEWS)) throw new Error(`local-news set not found at ${LOCAL_NEWS} (set KANBAO_LOCAL_NEWS)`);
  return readFileSync(LOCAL_NEWS, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** The paper a record comes from (printed or read from the address), else its site: the unit of the split. */
export const sourceOf = (r: LocalRecord) => r.paper ?? r.paper_inferred ?? domainOf(r.site);
// paper.lifeyk.com and lifeyk.com are one source; hosts under .com.cn keep three labels.
const domainOf = (site: string) => {
  const host = site.replace(/\s.*$/u, "").split(".");
  return host.slice(/^(com|net|org|gov)$/u.test(host.at(-2) ?? "") ? -3 : -2).join(".");
};

const fnv = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};

/**
 * Dev and held-out halves, whole sources apart, so the held-out half is papers the
 * rules were never looked at on. Sources in hash order go to the half with fewer
 * articles so far; the split depends on nothing but the source names.
 */
export function splitHalves(records: LocalRecord[]): { dev: LocalRecord[]; heldOut: LocalRecord[] } {
  const bySource = new Map<string, LocalRecord[]>();
  for (const r of records) bySource.set(sourceOf(r), [...(bySource.get(sourceOf(r)) ?? []), r]);
  const dev: LocalRecord[] = [];
  const heldOut: LocalRecord[] = [];
  // Weight: articles, plus the scarce labels (people, organisations), so both halves can measure them.
  const weight = (rs: LocalRecord[]) => rs.reduce((n, r) => n + 1 + r.people.length + r.organisations.length, 0);
  const order = [...bySource].sort((a, b) => weight(b[1]) - weight(a[1]) || fnv(a[0]) - fnv(b[0]));
  for (const [, rs] of order) (weight(dev) <= weight(heldOut) ? dev : heldOut).push(...rs);
  const byId = (a: LocalRecord, b: LocalRecord) => (a.id < b.id ? -1 : 1);
  return { dev: dev.sort(byId), heldOut: heldOut.sort(byId) };
}

export const nfkc = (s: string) => s.normalize("NFKC");

/** A body named relative to the paper's place (市委宣传部, 区残联, 县卫生局, 团市委): always doubtful. */
export const isRelativeBody = (name: string) => /^(省|市|区|县|镇|乡|街道|旗|团(省|市|区|县)委|中共(省|市|区|县)委)/u.test(nfkc(name));

export type ScoredKind = "people" | "places" | "orgs" | "authors";
export const SCORED_KINDS: ScoredKind[] = ["people", "places", "orgs", "authors"];

export interface Got {
  people: string[];
  places: string[];
  orgs: string[];
  authors: string[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** Wrong tags and missed labels, `id: string`, for error analysis (dev half only). */
  wrong: string[];
  missed: string[];
}

const labelsOf = (r: LocalRecord, k: ScoredKind) => (k === "orgs" ? r.organisations : r[k]);

/** Tallies per kind over records, given each record's tags (undefined: the record was not found at all). */
export function tally(records: LocalRecord[], got: (r: LocalRecord) => Got | undefined): Record<ScoredKind, Tally> {
  const out = Object.fromEntries(SCORED_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, wrong: [], missed: [] }])) as unknown as Record<
    ScoredKind,
    Tally
  >;
  for (const r of records) {
    const g = got(r);
    const doubtful = new Set(r.doubtful.map(nfkc));
    for (const k of SCORED_KINDS) {
      const t = out[k];
      const want = new Set(labelsOf(r, k).map(nfkc));
      const tags = new Set((g?.[k] ?? []).map(nfkc));
      for (const tag of tags) {
        if (want.has(tag)) t.tp++;
        else if (doubtful.has(tag) || (k === "orgs" && isRelativeBody(tag))) continue;
        else {
          t.fp++;
          t.wrong.push(`${r.id}: ${tag}`);
        }
      }
      for (const w of want)
        if (!tags.has(w)) {
          t.fn++;
          t.missed.push(`${r.id}: ${w}`);
        }
    }
  }
  return out;
}

export const precision = (t: Tally) => t.tp / (t.tp + t.fp || 1);
export const recall = (t: Tally) => t.tp / (t.tp + t.fn || 1);

/**
 * Final ids through the ledger: an issue keeps the id the ledger gives its
 * source; a moved file (its source gone, its articles found in a new file)
 * keeps its id; a new issue gets the id of its path (or the manifest's) unless
 * any issue ever had it. Articles are matched within their issue
 * (match-articles.ts). Every id that ever led somewhere still does: the build
 * writes a redirect page for it.
 */
import type { IssueFile } from "../shared/contract";
import type { Problem } from "./config-file";
import { encodeSketch, sketch } from "./fingerprint";
import { shortHash } from "./ids";
import type { LedgerIssue } from "./ledger";
import { countMatches, matchArticles, type NowArticle } from "./match-articles";
import { MANIFEST_FILE } from "./manifest";
import { byCodePoint, compareIssues } from "./order";

export interface Built {
  /** The ledger key: the source path, plus `#<issue>` for each issue of an export. */
  key: string;
  file: IssueFile;
  /** The id the manifest gives: the editor's choice, followed when no other issue holds it. */
  explicitId: string | null;
  /** The id a new issue gets: from its path, or from the export's issue field. */
  candidate: string;
  /** Article ids the source gives (a CMS export), by article. */
  articleIds: (string | null)[];
}

/** An old page path and the page that now answers for it, both under the site base (`issues/a/b`). */
export interface Redirect {
  from: string;
  to: string;
}

export interface Assigned {
  /** The whole new ledger: this build's issues and the entries of files not read this time. */
  entries: LedgerIssue[];
  redirects: Redirect[];
  problems: Problem[];
  notes: Problem[];
}

const fits = (base: string, suffix: string) => `${base.slice(0, 80 - suffix.length)}${suffix}`;

/**
 * Set the final ids on `built` (in place) from `ledger`; `unread` says which
 * ledger keys belong to files present but not read this time (bad input): their entries stay as they are.
 */
export function assignIds(ledger: Map<string, LedgerIssue>, built: Built[], unread: (key: string) => boolean): Assigned {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const owner = new Map<string, LedgerIssue>();
  const entries = [...ledger.values()].sort((a, b) => byCodePoint(a.source, b.source)).map((e) => ({ ...e }));
  const allocate = (wanted: string, key: string) => {
    if (!owner.has(wanted)) return wanted;
    let id = fits(wanted, `-${shortHash(key)}`);
    for (let n = 2; owner.has(id); n++) id = fits(wanted, `-${shortHash(key)}-${n}`);
    return id;
  };
  for (const e of entries) {
    if (owner.has(e.id)) {
      const id = allocate(e.id, e.source);
      problems.push({
        file: e.source,
        reason: `its id ${e.id} is also another file's in the ledger (a merge?): this one is now ${id}`,
        warning: true,
      });
      e.id = id;
    }
    e.was = e.was.filter((w) => !owner.has(w));
    for (const id of [e.id, ...e.was]) owner.set(id, e);
  }
  const byKey = new Map(entries.map((e) => [e.source, e]));
  const sorted = [...built].sort((a, b) => byCodePoint(a.key, b.key));
  const nowOf = new Map(sorted.map((b) => [b, nowArticles(b)]));
  const keys = new Set(sorted.map((b) => b.key));
  const orphans = entries.filter((e) => !keys.has(e.source) && !unread(e.source));
  const claimed = new Set<LedgerIssue>();
  const applied = new Set<LedgerIssue>();
  const builtOf = new Map<LedgerIssue, Built>();

  const apply = (b: Built, e: LedgerIssue) => {
    if (b.explicitId && b.explicitId !== e.id) {
      const holder = owner.get(b.explicitId);
      if (holder && holder !== e) {
        problems.push({
          file: MANIFEST_FILE,
          reason: `issues[${JSON.stringify(b.file.issue.source)}].id: ${b.explicitId} is another file's id (${holder.source}): this issue stays ${e.id}`,
          warning: true,
        });
      } else {
        e.was = [e.id, ...e.was.filter((w) => w !== b.explicitId)];
        e.id = b.explicitId;
        owner.set(e.id, e);
      }
    }
    e.source = b.key;
    const m = matchArticles(e.articles, e.gone, nowOf.get(b)!);
    e.articles = m.articles;
    e.gone = m.gone;
    b.file.issue.id = e.id;
    b.file.articles.forEach((a, i) => (a.id = m.ids[i]));
    applied.add(e);
    builtOf.set(e, b);
  };

  const fresh: Built[] = [];
  for (const b of sorted) {
    const e = byKey.get(b.key);
    if (e) apply(b, e);
    else fresh.push(b);
  }
  const rest: Built[] = [];
  for (const b of fresh) {
    const free = orphans.filter((o) => !claimed.has(o));
    const named = b.explicitId ? free.find((o) => o.id === b.explicitId || o.was.includes(b.explicitId!)) : undefined;
    let best: LedgerIssue | undefined = named;
    let bestCount = 0;
    if (!best) {
      for (const o of free) {
        const c = countMatches(o.articles, nowOf.get(b)!);
        if (c >= Math.max(1, Math.ceil(o.articles.length / 2)) && c > bestCount) [best, bestCount] = [o, c];
      }
    }
    if (!best) {
      rest.push(b);
      continue;
    }
    claimed.add(best);
    notes.push({ file: b.file.issue.source, reason: `was ${best.source}: keeps its id ${best.id} and its links` });
    apply(b, best);
  }
  for (const b of rest) {
    const id = allocate(b.explicitId ?? b.candidate, b.key);
    if (b.explicitId && id !== b.explicitId) {
      problems.push({
        file: MANIFEST_FILE,
        reason: `issues[${JSON.stringify(b.file.issue.source)}].id: ${b.explicitId} is another file's id (${owner.get(b.explicitId)!.source}): this issue is ${id}`,
        warning: true,
      });
    }
    const e: LedgerIssue = { source: b.key, id, was: [], gone: [], articles: [] };
    owner.set(id, e);
    apply(b, e);
  }
  const kept = entries.filter((e) => !applied.has(e) && !claimed.has(e));
  numberIssues([...applied], kept, builtOf);
  return { entries: [...applied, ...kept], redirects: redirectsOf([...applied]), problems, notes };
}

function nowArticles(b: Built): NowArticle[] {
  return b.file.articles.map((a, i) => {
    const s = sketch(a.paragraphs);
    return { title: a.title, sketch: s, sig: encodeSketch(s), explicit: b.articleIds[i] ?? null };
  });
}

/** Every former page path of these issues → the page now holding it; code-point order. */
/**
 * The order the archive took its issues in (`IssueFile.seq`): an issue keeps its number; a new one,
 * or one of a ledger from before the numbers, comes after all others, oldest first (the order the
 * search index numbered docs in before), so adding an issue of any date renumbers none.
 */
function numberIssues(applied: LedgerIssue[], kept: LedgerIssue[], builtOf: Map<LedgerIssue, Built>): void {
  const taken = new Set<number>();
  let next = 0;
  const take = (n: number) => {
    taken.add(n);
    next = Math.max(next, n + 1);
  };
  for (const e of kept) if (e.seq !== undefined) take(e.seq);
  const fresh: LedgerIssue[] = [];
  // Two files with one number (two editors' ledgers merged): the first in code-point order keeps it.
  for (const e of [...applied].sort((a, b) => byCodePoint(a.source, b.source)))
    if (e.seq === undefined || taken.has(e.seq)) fresh.push(e);
    else take(e.seq);
  fresh.sort((a, b) => compareIssues(builtOf.get(b)!.file, builtOf.get(a)!.file));
  for (const e of fresh) e.seq = next++;
  for (const e of applied) builtOf.get(e)!.file.seq = e.seq;
}

function redirectsOf(entries: LedgerIssue[]): Redirect[] {
  const out = new Map<string, string>();
  const live = new Set<string>();
  for (const e of entries) {
    live.add(`issues/${e.id}`);
    for (const a of e.articles) live.add(`issues/${e.id}/${a.id}`);
  }
  const add = (from: string, to: string) => {
    if (!live.has(from) && !out.has(from)) out.set(from, to);
  };
  for (const e of entries) {
    for (const issueId of [e.id, ...e.was]) {
      const old = issueId !== e.id;
      if (old) add(`issues/${issueId}`, `issues/${e.id}`);
      for (const a of e.articles) for (const x of old ? [a.id, ...a.was] : a.was) add(`issues/${issueId}/${x}`, `issues/${e.id}/${a.id}`);
      for (const g of e.gone) add(`issues/${issueId}/${g}`, `issues/${e.id}`);
    }
  }
  return [...out].sort(([a], [b]) => byCodePoint(a, b)).map(([from, to]) => ({ from, to }));
}

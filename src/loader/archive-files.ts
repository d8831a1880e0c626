/**
 * The catalog and issue files of the site, split so that a page fetches only
 * what it shows (see `src/shared/archive.ts`). Node only.
 */
import type { Catalog, IssueFile, IssueSummary } from "../shared/contract";
import {
  ARCHIVE_VERSION,
  LATEST_ISSUES,
  UNDATED,
  openingOf,
  periodOf,
  type ArticleHead,
  type ArticlePart,
  type CatalogIndex,
  type IssueIndex,
  type IssueRef,
  type ListedIssue,
  type PeriodCount,
  type PeriodFile,
  type PublishedArticle,
  type RelatedRef,
} from "../shared/archive";
import { catalogPath, issuePartPath, issuePath, periodPath } from "../shared/paths";

export interface ArchiveOptions {
  /** An issue file larger than this (UTF-8 bytes) is split into parts. */
  splitBytes?: number;
  /** About this many bytes of articles per part. */
  partBytes?: number;
  /** Related articles per `issueId/articleId`. */
  related?: Map<string, RelatedRef[]>;
  /** Buckets of the tag pages' data, announced in the catalog. */
  tagInfoBuckets?: number;
}

export const SPLIT_BYTES = 64 * 1024;
export const PART_BYTES = 24 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, "utf8");
/** What lists of issues show of an issue. */
const listed = ({ source: _s, layout: _l, encoding: _e, ...rest }: IssueSummary): ListedIssue => rest;
const ref = (s: IssueSummary | undefined): IssueRef | null => (s ? { id: s.id, date: s.date, dateInferred: s.dateInferred } : null);

/** The catalog entry and one file per period; the catalog's issues are newest first already. */
export function catalogFiles(catalog: Catalog, tagInfoBuckets = 0, report: string | null = null): Map<string, string> {
  const pubIndex = new Map(catalog.publications.map((p, i) => [p.name, i]));
  const periods = new Map<string, IssueSummary[]>();
  for (const i of catalog.issues) {
    const key = periodOf(i.date);
    (periods.get(key) ?? periods.set(key, []).get(key)!).push(i);
  }
  // Dated periods newest first ("2022" after "2022-01": a year without months after its months), undated last.
  const keys = [...periods.keys()].filter((k) => k !== UNDATED).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  if (periods.has(UNDATED)) keys.push(UNDATED);
  const counts: PeriodCount[] = keys.map((key) => {
    const byPublication = catalog.publications.map(() => 0);
    for (const i of periods.get(key)!) if (i.publication !== null) byPublication[pubIndex.get(i.publication)!]++;
    return { key, count: periods.get(key)!.length, byPublication };
  });
  const index: CatalogIndex = {
    version: ARCHIVE_VERSION,
    total: catalog.issues.length,
    publications: catalog.publications,
    periods: counts,
    latest: catalog.issues
      .filter((i) => periodOf(i.date) !== UNDATED)
      .slice(0, LATEST_ISSUES)
      .map(listed),
    tagInfoBuckets,
    report,
  };
  const files = new Map<string, string>([[catalogPath(), JSON.stringify(index)]]);
  for (const key of keys)
    files.set(
      periodPath(key),
      JSON.stringify({ version: ARCHIVE_VERSION, key, issues: periods.get(key)!.map(listed) } satisfies PeriodFile),
    );
  return files;
}

/** Previous and next dated issue of the same publication, for every issue id. */
function neighbours(catalog: Catalog): Map<string, { prev: IssueRef | null; next: IssueRef | null }> {
  const byPub = new Map<string | null, IssueSummary[]>();
  for (const i of catalog.issues) {
    if (periodOf(i.date) === UNDATED) continue;
    (byPub.get(i.publication) ?? byPub.set(i.publication, []).get(i.publication)!).push(i);
  }
  const out = new Map<string, { prev: IssueRef | null; next: IssueRef | null }>();
  for (const list of byPub.values()) list.forEach((i, at) => out.set(i.id, { prev: ref(list[at + 1]), next: ref(list[at - 1]) }));
  return out;
}

function head(a: PublishedArticle, part: number): ArticleHead {
  const h: ArticleHead = {
    id: a.id,
    order: a.order,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    byline: a.byline,
    chars: a.chars,
    opening: openingOf(a.paragraphs),
    part,
  };
  if (a.page !== undefined) h.page = a.page;
  return h;
}

/** Consecutive articles in parts of about `partBytes` each (at least one article a part). */
function parts(articles: PublishedArticle[], partBytes: number): PublishedArticle[][] {
  const out: PublishedArticle[][] = [];
  let size = Infinity;
  for (const a of articles) {
    const n = bytes(JSON.stringify(a));
    if (size + n > partBytes) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1].push(a);
    size += n;
  }
  return out;
}

/** One file per issue; an issue past `splitBytes` becomes an index of heads and part files. */
export function issueFiles(catalog: Catalog, issues: IssueFile[], options: ArchiveOptions = {}): Map<string, string> {
  const { splitBytes = SPLIT_BYTES, partBytes = PART_BYTES, related = new Map() } = options;
  const nav = neighbours(catalog);
  const files = new Map<string, string>();
  for (const f of issues) {
    const id = f.issue.id;
    const articles: PublishedArticle[] = f.articles.map((a) => ({ ...a, related: related.get(`${id}/${a.id}`) ?? [] }));
    const { prev = null, next = null } = nav.get(id) ?? {};
    const whole: IssueIndex = {
      version: ARCHIVE_VERSION,
      issue: f.issue,
      prev,
      next,
      parts: 0,
      articles,
      noise: f.noise,
      warnings: f.warnings,
    };
    const text = JSON.stringify(whole);
    if (bytes(text) <= splitBytes) {
      files.set(issuePath(id), text);
      continue;
    }
    const split = parts(articles, partBytes);
    const heads = split.flatMap((list, k) => list.map((a) => head(a, k)));
    files.set(issuePath(id), JSON.stringify({ ...whole, parts: split.length, articles: heads } satisfies IssueIndex));
    split.forEach((list, part) =>
      files.set(issuePartPath(id, part), JSON.stringify({ version: ARCHIVE_VERSION, part, articles: list } satisfies ArticlePart)),
    );
  }
  return files;
}

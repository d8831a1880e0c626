/**
 * The archive as the site publishes it under `data/` (written by the loader,
 * read by the app), split so that no page pays for the whole archive:
 *
 * - `catalog.json` ({@link CatalogIndex}): publications, periods with their issue
 *   counts, the latest issues; the same few KB at 100 issues and at 10,000;
 * - `catalog/<period>.json` ({@link PeriodFile}): the issues of one month
 *   (`2022-07`), of a year whose months are unknown (`2022`), or the undated ones;
 * - `issues/<id>.json` ({@link IssueIndex}): an issue with its articles whole, or,
 *   past a size, their heads only, the texts in `issues/<id>/<part>.json`
 *   ({@link ArticlePart}), so one article of a huge issue costs one part.
 *
 * Types only: the loader builds these from issues that passed the contract.
 */
import type { Article, IssueMeta, IssueSummary } from "./contract";

export const ARCHIVE_VERSION = 1;

/** How many of the newest issues the catalog entry carries for home. */
export const LATEST_ISSUES = 8;

/** Period of the issues whose year is unknown (no date, or only month and day). */
export const UNDATED = "undated";

/** `2022-07`, `2022` (month unknown) or {@link UNDATED}. */
export const PERIOD_PATTERN = /^(\d{4}(-\d{2})?|undated)$/;

/** The period an issue is listed in: by month where known, by year where only the year is, else undated. */
export function periodOf(date: string | null): string {
  const m = date ? /^(\d{4})(-\d{2})?/.exec(date) : null;
  return m ? `${m[1]}${m[2] ?? ""}` : UNDATED;
}

/** An issue as lists show it: the catalog's summary without what only the loader needs (source path, layout, encoding). */
export type ListedIssue = Omit<IssueSummary, "source" | "layout" | "encoding">;

/** A period with its issue count, and the count per publication (in the order of `publications`). */
export interface PeriodCount {
  key: string;
  count: number;
  /** Issues per publication, aligned with {@link CatalogIndex.publications}; issues without a publication are the rest. */
  byPublication: number[];
}

/** `data/catalog.json`: what every page starts from. */
export interface CatalogIndex {
  version: typeof ARCHIVE_VERSION;
  /** Number of issues in the archive. */
  total: number;
  /** Publications by name, with their issue counts. */
  publications: { name: string; issueCount: number }[];
  /** Periods that have issues: dated ones newest first, then {@link UNDATED}. */
  periods: PeriodCount[];
  /** The newest dated issues (at most {@link LATEST_ISSUES}), newest first. */
  latest: ListedIssue[];
  /** Number of buckets of the tag pages' data (`tag-info/<k>.json`); 0 when there is none. */
  tagInfoBuckets: number;
  /** Where readers report an error (纠错): a `mailto:` or http(s) URL; null when the site has none. */
  report: string | null;
}

/** `data/catalog/<period>.json`: every issue of one period, newest first. */
export interface PeriodFile {
  version: typeof ARCHIVE_VERSION;
  key: string;
  issues: ListedIssue[];
}

/** Another issue, as a link to it reads. */
export type IssueRef = Pick<IssueMeta, "id" | "date" | "dateInferred">;

/** A page of the printed paper: 第A02版 要闻. */
export interface PageRef {
  number: string;
  name: string | null;
}

/** An article elsewhere in the archive that shares tags or rare words with this one. */
export interface RelatedRef {
  /** issue id */
  i: string;
  /** article id */
  a: string;
  /** title */
  t: string;
  /** issue date */
  d: string | null;
}

/** An article as published: the contract's article, its page where known, and related articles. */
export type PublishedArticle = Article & { page?: PageRef | null; related: RelatedRef[] };

/** What a table of contents needs of an article whose text is in a part file. */
export interface ArticleHead {
  id: string;
  order: number;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  chars: number;
  page?: PageRef | null;
  /** The first words of the text. */
  opening: string;
  /** The part file that holds the article. */
  part: number;
}

/** `data/issues/<id>.json`. */
export interface IssueIndex {
  version: typeof ARCHIVE_VERSION;
  issue: IssueMeta;
  /** The previous (older) and next (newer) dated issue of the same publication. */
  prev: IssueRef | null;
  next: IssueRef | null;
  /** Number of part files; 0 when `articles` are whole. */
  parts: number;
  /** In print order: whole articles, or heads when the issue is split into parts. */
  articles: PublishedArticle[] | ArticleHead[];
  noise: string[];
  warnings: string[];
}

/** `data/issues/<id>/<part>.json`: consecutive articles of a split issue. */
export interface ArticlePart {
  version: typeof ARCHIVE_VERSION;
  part: number;
  articles: PublishedArticle[];
}

export const isWhole = (a: PublishedArticle | ArticleHead): a is PublishedArticle => "paragraphs" in a;

/** The page an article is on, when the loader knows it (the contract may not carry the field yet). */
export const pageOf = (a: object): PageRef | null => (a as { page?: PageRef | null }).page ?? null;

/** 第A02版 · 要闻 */
export const pageLabel = (p: PageRef) => `第${p.number}版${p.name ? ` · ${p.name}` : ""}`;

/** The opening words of an article, without the indent: whole characters, at most `max` of them. */
export function openingOf(paragraphs: string[], max = 60): string {
  const p = [...(paragraphs[0] ?? "").replace(/^[\s\u3000]+/u, "")];
  return p.length > max ? `${p.slice(0, max).join("")}…` : p.join("");
}

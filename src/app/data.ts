import {
  LATEST_ISSUES,
  PERIOD_PATTERN,
  UNDATED,
  isWhole,
  type ArticlePart,
  type CatalogIndex,
  type IssueIndex,
  type PeriodFile,
  type PublishedArticle,
  type ListedIssue,
} from "../shared/archive";
import type { TagInfo } from "../shared/tag-info";
import { tagBucket } from "../shared/search/tag-format";
import { catalogPath, ID_PATTERN, issuePartPath, issuePath, periodPath, tagInfoPath } from "../shared/paths";

/** Thrown when the data asked for does not exist: the route shows its 404. */
export class NotFoundError extends Error {}

const base = () => import.meta.env.BASE_URL ?? "/";

/** How data files are fetched: the browser's fetch, or at build time the files just written (`setFetcher`). */
let fetcher: (url: string, init?: RequestInit) => Promise<Response> = (url, init) => fetch(url, init);
export const setFetcher = (f: (url: string, init?: RequestInit) => Promise<Response>) => {
  fetcher = f;
  cache.clear();
};

/** A file of the site by its path under the base, through the same fetcher (the search data's files too). */
export const fetchSiteFile = (path: string, init?: RequestInit) => fetcher(`${base()}${path}`, init);

async function fetchJson(path: string): Promise<unknown> {
  const res = await fetchSiteFile(path);
  if (res.status === 404) throw new NotFoundError(path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  // Static hosts with an SPA fallback answer a missing file with index.html.
  if (!(res.headers.get("content-type") ?? "").includes("json")) throw new NotFoundError(path);
  return res.json();
}

const cache = new Map<string, Promise<unknown>>();

/** Fetch once per session; a failed fetch is forgotten so a retry can fetch again. */
function get<T>(path: string): Promise<T> {
  let p = cache.get(path) as Promise<T> | undefined;
  if (!p) {
    p = fetchJson(path) as Promise<T>;
    cache.set(path, p);
    p.catch(() => cache.delete(path));
  }
  return p;
}

export const loadCatalog = () => get<CatalogIndex>(catalogPath());

/** The issues of one period (`2022-07`, `2022`, `undated`); a period the catalog lacks is not fetched. */
export async function loadPeriod(key: string): Promise<ListedIssue[]> {
  if (!PERIOD_PATTERN.test(key)) throw new NotFoundError(key);
  const catalog = await loadCatalog();
  if (!catalog.periods.some((p) => p.key === key)) throw new NotFoundError(key);
  return (await get<PeriodFile>(periodPath(key))).issues;
}

/** The issues of several periods, in the order given. */
export const loadPeriods = async (keys: string[]) => (await Promise.all(keys.map(loadPeriod))).flat();

/** The newest issues of one publication: the newest periods that have it, until there are enough. */
export async function loadLatest(pub: string, n = LATEST_ISSUES): Promise<ListedIssue[]> {
  const catalog = await loadCatalog();
  const at = catalog.publications.findIndex((p) => p.name === pub);
  if (at < 0) return [];
  const out: ListedIssue[] = [];
  for (const p of catalog.periods) {
    if (out.length >= n) break;
    // Undated issues are never the newest.
    if (p.key !== UNDATED && p.byPublication[at]) out.push(...(await loadPeriod(p.key)).filter((i) => i.publication === pub));
  }
  return out.slice(0, n);
}

/** One issue's file: whole articles, or their heads when the issue is split. */
export function loadIssue(issueId: string): Promise<IssueIndex> {
  if (!ID_PATTERN.test(issueId)) return Promise.reject(new NotFoundError(issueId));
  return get<IssueIndex>(issuePath(issueId));
}

async function loadPart(issueId: string, part: number): Promise<PublishedArticle[]> {
  return (await get<ArticlePart>(issuePartPath(issueId, part))).articles;
}

/** One article and its issue: of a split issue, only the part that holds it is fetched. */
export async function loadArticle(
  issueId: string,
  articleId: string,
): Promise<{ issue: IssueIndex; at: number; article: PublishedArticle }> {
  const issue = await loadIssue(issueId);
  const at = issue.articles.findIndex((a) => a.id === articleId);
  if (at < 0) throw new NotFoundError(articleId);
  const a = issue.articles[at];
  if (isWhole(a)) return { issue, at, article: a };
  const article = (await loadPart(issueId, a.part)).find((x) => x.id === articleId);
  if (!article) throw new NotFoundError(articleId);
  return { issue, at, article };
}

/** The whole article at position `at` of an issue (for reading an issue aloud, article after article). */
export async function loadArticleAt(issue: IssueIndex, at: number): Promise<PublishedArticle | null> {
  const a = issue.articles[at];
  if (!a) return null;
  if (isWhole(a)) return a;
  return (await loadPart(issue.issue.id, a.part)).find((x) => x.id === a.id) ?? null;
}

/** A tag page's co-occurring tags and roles; null when the archive has none for it. */
export async function loadTagInfo(tag: string): Promise<TagInfo | null> {
  const { tagInfoBuckets: n } = await loadCatalog();
  if (!n) return null;
  const bucket = await get<Record<string, TagInfo>>(tagInfoPath(tagBucket(tag, n)));
  return Object.hasOwn(bucket, tag) ? bucket[tag] : null;
}

/** Test hook: forget everything fetched. */
export const clearDataCache = () => cache.clear();

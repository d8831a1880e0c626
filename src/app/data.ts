import type { Catalog, IssueFile } from "../shared/contract";
import { catalogPath, ID_PATTERN, issuePath } from "../shared/paths";

/** Thrown when the data asked for does not exist: the route shows its 404. */
export class NotFoundError extends Error {}

const base = () => import.meta.env.BASE_URL ?? "/";

/** How data files are fetched: the browser's fetch, or at build time the files just written (`setFetcher`). */
let fetcher: (url: string, init?: RequestInit) => Promise<Response> = (url, init) => fetch(url, init);
export const setFetcher = (f: (url: string, init?: RequestInit) => Promise<Response>) => void (fetcher = f);

/** A file of the site by its path under the base, through the same fetcher (the search data's files too). */
export const fetchSiteFile = (path: string, init?: RequestInit) => fetcher(`${base()}${path}`, init);

async function getJson<T>(path: string): Promise<T> {
  const res = await fetchSiteFile(path);
  if (res.status === 404) throw new NotFoundError(path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  // Static hosts with an SPA fallback answer a missing file with index.html.
  if (!(res.headers.get("content-type") ?? "").includes("json")) throw new NotFoundError(path);
  return (await res.json()) as T;
}

const cache = new Map<string, Promise<unknown>>();

/** Fetch once per session; a failed fetch is forgotten so a retry can fetch again. */
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

export const loadCatalog = () => cached("catalog", () => getJson<Catalog>(catalogPath()));

/** One issue's file; ids the catalog does not list are not fetched at all. */
export async function loadIssue(issueId: string): Promise<IssueFile> {
  if (!ID_PATTERN.test(issueId)) throw new NotFoundError(issueId);
  const catalog = await loadCatalog();
  if (!catalog.issues.some((i) => i.id === issueId)) throw new NotFoundError(issueId);
  return cached(`issue:${issueId}`, () => getJson<IssueFile>(issuePath(issueId)));
}

/** Test hook: forget everything fetched. */
export const clearDataCache = () => cache.clear();

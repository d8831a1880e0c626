import { join } from "node:path";
import { buildContent, dataFiles } from "../../src/loader/build";
import { SearchEngine } from "../../src/shared/search/engine";
import { Facets } from "../../src/shared/search/facets";
import { inflate } from "../../src/loader/node-search";
import { DataSet, HttpError, type Fetch } from "../../src/shared/search/data-set";
import { normalize } from "../../src/shared/search/normalize";
import { parseQuery } from "../../src/shared/search/query";
import { searchDocs } from "../../src/loader/search-index";
import type { IssueFile } from "../../src/shared/contract";
import { lookupPaths, type TagNames } from "../../src/shared/search/tag-lookup-paths";

export const CONTENT = join(import.meta.dirname, "..", "..", "content");

export const siteFiles = (issues: IssueFile[]) =>
  dataFiles({ root: "", catalog: { version: 1, issues: [], publications: [] }, issues, problems: [], files: 0 });

/** Files served from memory as a host serves them (a missing one is a 404), logging each path fetched. */
export function memoryFetch(files: Map<string, string | Uint8Array>, fetched: string[] = []): Fetch {
  return async (path) => {
    fetched.push(path);
    const body = files.get(path);
    if (body === undefined) throw new HttpError(path, 404);
    return inflate(typeof body === "string" ? new TextEncoder().encode(body) : body);
  };
}

/** An engine over an in-memory build, counting what it fetches. */
export function memoryEngine(issues: IssueFile[], files = siteFiles(issues)) {
  const fetched: string[] = [];
  const data = new DataSet(memoryFetch(files, fetched));
  return { engine: new SearchEngine(data), fetched, files, facets: new Facets(data), data };
}

/** The definition, by brute force: every term is a substring of one of the fields. */
export function bruteForce(issues: IssueFile[], query: string): Set<string> {
  const { terms } = parseQuery(query);
  const out = new Set<string>();
  if (!terms.length) return out;
  for (const { issue, article: a } of searchDocs(issues)) {
    const fields = [a.kicker, a.title, a.subtitle, a.byline, ...a.paragraphs].filter((f): f is string => !!f).map(normalize);
    if (terms.every((t) => fields.some((f) => f.includes(t)))) out.add(`${issue.issue.id}/${a.id}`);
  }
  return out;
}

export const seedIssues = () => buildContent(CONTENT).issues;

/** Every tag and its count, read from built data files as the app reads them (through the entry). */
export const tagNamesOf = (files: Map<string, string | Uint8Array>) => memoryEngine([], files).data.json<TagNames>(lookupPaths.names());

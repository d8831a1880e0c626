/** Tag data for the filter panel and tag pages, written beside the search index. Node only. */
import { gzipSync } from "node:zlib";
import type { Article, IssueFile } from "../shared/contract";
import { ByteWriter } from "../shared/search/varint";
import { TAG_KINDS, dayKey, tagBucket, tagKey, tagPaths, type TagBucket, type TagMeta } from "../shared/search/tag-format";
import { searchDocs } from "./search-index";
import { createTagLookup, lookupPaths, type TagNames } from "../shared/search/tag-lookup";

/** How many tags of each kind the filter panel offers (the most frequent ones). */
export const PANEL_PER_KIND = 24;
const TARGET_BUCKET_BYTES = 4000;

/** The name the archive files an article's tag under: its note's canonical name, else the name as written. */
export function filedName(article: Article, key: string, name: string): string {
  return article.tags.about.find((n) => n.kind === key && n.name === name)?.canonical ?? name;
}

/** Tags of every article, as `label:name` under their filed names (each once), in doc id order. */
function docTagLists(issues: IssueFile[]): string[][] {
  return searchDocs(issues).map(({ issue, article }) => {
    const out = new Set<string>();
    for (const k of TAG_KINDS) {
      if (k.key === "pub") {
        if (issue.issue.publication) out.add(tagKey(k.label, issue.issue.publication));
      } else for (const name of article.tags[k.key]) out.add(tagKey(k.label, filedName(article, k.key, name)));
    }
    return [...out];
  });
}

/** Written forms filed under another name (地点:吉林 → 地点:吉林省), unless the written form is a tag of its own too. */
function aliasesOf(issues: IssueFile[], tags: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const { article } of searchDocs(issues))
    for (const n of article.tags.about) {
      if (!n.canonical) continue;
      const label = TAG_KINDS.find((k) => k.key === n.kind)!.label;
      const alias = tagKey(label, n.name);
      if (!tags.has(alias)) out.set(alias, tagKey(label, n.canonical));
    }
  return out;
}

export function buildTagIndex(issues: IssueFile[]): Map<string, string | Uint8Array> {
  const lists = docTagLists(issues);
  const postings = new Map<string, number[]>();
  lists.forEach((tags, doc) => tags.forEach((t) => (postings.get(t) ?? postings.set(t, []).get(t)!).push(doc)));
  const byCount = [...postings].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const panel = TAG_KINDS.flatMap((k) => byCount.filter(([t]) => t.startsWith(`${k.label}:`)).slice(0, PANEL_PER_KIND)).map(([t, d]) => ({
    t,
    c: d.length,
  }));
  const panelIndex = new Map(panel.map((p, i) => [p.t, i]));

  const files = new Map<string, string | Uint8Array>();
  const total = [...postings].reduce((n, [t, d]) => n + t.length * 3 + d.length * 4, 0);
  const n = Math.max(1, Math.round(total / TARGET_BUCKET_BYTES));
  const buckets: TagBucket[] = Array.from({ length: n }, () => ({}));
  for (const [t, d] of [...postings].sort((a, b) => (a[0] < b[0] ? -1 : 1))) buckets[tagBucket(t, n)][t] = d;
  // Old links and typed names keep working: a written form filed under another name points to it.
  for (const [alias, to] of [...aliasesOf(issues, new Set(postings.keys()))].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    buckets[tagBucket(alias, n)][alias] = to;
  buckets.forEach((b, k) => files.set(tagPaths.bucket(k), JSON.stringify(b)));

  const docTags = new ByteWriter();
  for (const tags of lists) {
    const idx = tags
      .map((t) => panelIndex.get(t))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b);
    docTags.varint(idx.length);
    let prev = 0;
    for (const i of idx) {
      docTags.varint(i - prev);
      prev = i;
    }
  }
  const dates = new ByteWriter();
  let prev = 0;
  for (const { issue } of searchDocs(issues)) {
    const key = dayKey(issue.issue.date);
    const delta = key - prev;
    dates.varint(delta >= 0 ? delta * 2 : -delta * 2 - 1);
    prev = key;
  }
  // Every tag's name in a FlexSearch index, for finding tags the panel does not show.
  const names: TagNames = [...postings].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([t, d]) => [t, d.length]);
  const lookup = createTagLookup();
  names.forEach(([t], i) => lookup.add(i, t.slice(t.indexOf(":") + 1)));
  const keys: string[] = [];
  lookup.export((key: string, data: string) => {
    keys.push(key);
    files.set(lookupPaths.part(key), data);
  });
  files.set(lookupPaths.keys(), JSON.stringify({ keys }));
  files.set(lookupPaths.names(), JSON.stringify(names));

  const meta: TagMeta = { docs: lists.length, buckets: n, panel };
  files.set(tagPaths.meta(), JSON.stringify(meta));
  files.set(tagPaths.docTags(), gzipSync(docTags.done(), { level: 9 }));
  files.set(tagPaths.docDates(), gzipSync(dates.done(), { level: 9 }));
  return files;
}

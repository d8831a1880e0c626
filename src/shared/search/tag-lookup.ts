/**
 * Finding any tag by part of its name (孟庄 → 地点:孟庄镇), beyond the panel's
 * most frequent ones. FlexSearch indexes the names at build time and the
 * browser imports its export: the one configuration below serves both, as
 * FlexSearch needs identical options on export and import. Its CJK charset
 * matches characters, so results are checked as substrings before they are shown.
 */
import { Charset, Index } from "flexsearch";
import type { TagNames } from "./tag-lookup-paths";

export const TAG_LOOKUP_OPTIONS = { encoder: Charset.CJK, tokenize: "strict" } as const;

export const createTagLookup = () => new Index(TAG_LOOKUP_OPTIONS);

// The paths live apart from FlexSearch, so a page that only reads the names does not load it.
export { lookupPaths, type TagNames } from "./tag-lookup-paths";

const nameOf = (tag: string) => tag.slice(tag.indexOf(":") + 1);

/** Tags whose name contains `query` exactly, most articles first. */
export function findTags(index: Index, names: TagNames, query: string, limit = 30): TagNames {
  const q = query.trim();
  if (!q) return [];
  const ids = index.search(q, { limit: names.length }) as number[];
  return ids
    .map((i) => names[i])
    .filter((t) => t && nameOf(t[0]).includes(q))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit);
}

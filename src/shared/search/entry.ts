import type { Segment } from "./format";

/**
 * The entry file of the search and tag data, `data/search/entry.json`: the only
 * file whose name stays the same from build to build. Every other file's name
 * carries a hash of its content (of its group's content, for numbered families),
 * and only the entry says which hash is current, so an old entry never meets new
 * buckets, whatever a CDN or the service worker keeps: files with hashed names
 * are immutable and can be cached for a year.
 */

/** The data format this code reads; the entry of another format asks the reader to reload the page. */
export const FORMAT_VERSION = 3;

/** Hashes of a numbered family's files (`u/<k>`, …), one per group of `size` consecutive numbers. */
export interface Group {
  size: number;
  /** Inline, or in a file of their own (`<family>-groups.<list>.json`) when they grow with the archive. */
  hashes?: string[];
  list?: string;
}

export interface Entry {
  version: number;
  /** Changes whenever any data file changes. */
  build: string;
  /** Number of articles; doc ids 0..docs-1 in the order the archive took its issues (`IssueFile.seq`), each issue's articles last to first. */
  docs: number;
  /** The index's segments, in doc order: their doc counts add up to `docs`. */
  segments: Segment[];
  groups: Record<string, Group>;
  /** Hashes of single files, by their path under data/search/. */
  files: Record<string, string>;
}

/** Fragments are grouped by this many consecutive docs: adding issues renames only the last group's. */
export const FRAGMENT_GROUP = 256;

/** Group size of a family of `n` files: about √n groups of about √n files, a power of two. */
export const groupSize = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)) / 2);

/** The family and number of a numbered file (`p/<k>` shares `b/<k>`'s group, `p1/<k>` `b1/<k>`'s), or null for a single file. */
export function familyOf(rel: string): { family: string; n: number } | null {
  const m = /^([ubp]\d*|f|tags)\/(\d+)\./.exec(rel);
  return m ? { family: m[1].replace(/^p/, "b"), n: Number(m[2]) } : null;
}

/** The list file of a family whose hashes are not inline. */
export const groupList = (family: string) => `${family}-groups.json`;

/**
 * A file's name on disk: its hash before the first dot of its name (`u/12.bin.gz` → `u/12.h.bin.gz`);
 * JSON files are published gzip-compressed (`tags/3.json` → `tags/3.h.json.gz`), as the index is.
 */
export const hashedName = (rel: string, hash: string) =>
  rel.replace(/^((?:.*\/)?[^/.]+)/, `$1.${hash}`) + (rel.endsWith(".json") ? ".gz" : "");

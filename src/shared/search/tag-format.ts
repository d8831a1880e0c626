/**
 * Tag data under `data/search/` (written by the loader, read by the filter panel):
 * - `tags.json`: {@link TagMeta}: the panel's tags with their counts, the bucket count;
 * - `tags/<k>.json`: {@link TagBucket}: tag → its doc ids (ascending), one file per hash bucket, fetched when a tag
 *   is chosen; a written form the archive files under another name maps to that tag instead (地点:吉林 → 地点:吉林省);
 * - `doc-tags.bin.gz`: per doc, its panel tags as indices into `panel` (varint count, then ascending deltas);
 * - `doc-dates.bin.gz`: per doc, its issue's day key (0 when undated), zigzag deltas from the previous doc.
 */
import { SEARCH_DIR, bucketOf } from "./format";

/** Tag kinds as they read in the interface and in URLs (人物:宋磊). */
export const TAG_KINDS = [
  { key: "people", label: "人物" },
  { key: "places", label: "地点" },
  { key: "orgs", label: "机构" },
  { key: "topics", label: "主题" },
  { key: "kinds", label: "类型" },
  { key: "pub", label: "报纸" },
] as const;

export interface TagMeta {
  docs: number;
  buckets: number;
  /** The filter panel's tags (`label:name`) and their article counts, most frequent first per kind. */
  panel: { t: string; c: number }[];
}

/** One bucket of tags: a tag's doc ids, or for a written form filed under another name, that tag (`label:name`). */
export type TagBucket = Record<string, number[] | string>;

export const tagPaths = {
  meta: () => `${SEARCH_DIR}/tags.json`,
  bucket: (k: number) => `${SEARCH_DIR}/tags/${k}.json`,
  docTags: () => `${SEARCH_DIR}/doc-tags.bin.gz`,
  docDates: () => `${SEARCH_DIR}/doc-dates.bin.gz`,
};

/** A ×31 hash of the tag's text, spread again by `bucketOf`: its bucket among `n`. */
export function tagBucket(tag: string, n: number): number {
  let h = 0;
  for (let i = 0; i < tag.length; i++) h = (h * 31 + tag.charCodeAt(i)) | 0;
  return bucketOf(Math.abs(h), n);
}

/** A day key that orders dates: 2022-07-27 → 2022*400 + 7*32 + 27; partial dates count from the period's start. */
export function dayKey(date: string | null | undefined, end = false): number {
  const m = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date) : null;
  if (!m) return 0;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : end ? 12 : 1;
  const d = m[3] ? Number(m[3]) : end ? 31 : 1;
  return y * 400 + mo * 32 + d;
}

export const tagKey = (label: string, name: string) => `${label}:${name}`;
export function splitTag(tag: string): { label: string; name: string } | null {
  const at = tag.indexOf(":");
  if (at <= 0 || at === tag.length - 1) return null;
  const label = tag.slice(0, at);
  return TAG_KINDS.some((k) => k.label === label) ? { label, name: tag.slice(at + 1) } : null;
}

/**
 * The search and tag data as published: every file renamed by the hash of its
 * content (of its group's, for numbered families), and the entry file that
 * names them all, with the format version and a build id. Node only.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { IssueFile } from "../shared/contract";
import { SEARCH_DIR, paths } from "../shared/search/format";
import { FORMAT_VERSION, FRAGMENT_GROUP, familyOf, groupList, groupSize, hashedName, type Entry, type Group } from "../shared/search/entry";
import { buildSearchIndex } from "./search-index";
import { buildTagIndex } from "./tag-index";
import { t2sFiles } from "./t2s";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** 40 bits of SHA-256 in lower-case base32: file names that no case-insensitive host confuses. */
export function contentHash(body: string | Uint8Array): string {
  const d = createHash("sha256").update(body).digest();
  let bits = 0;
  let acc = 0;
  let out = "";
  for (let i = 0; out.length < 8;) {
    if (bits < 5) {
      acc = (acc << 8) | d[i++];
      bits += 8;
    }
    out += BASE32[(acc >> (bits - 5)) & 31];
    bits -= 5;
  }
  return out;
}

/** The bytes as published: JSON compressed (its name says so, `hashedName`). */
const publish = (rel: string, body: string | Uint8Array) => (rel.endsWith(".json") ? gzipSync(body, { level: 9 }) : body);

/** Families whose hashes grow with the number of articles live in a list file of their own, not in the entry. */
const LISTED = new Set(["f"]);

/** Rename `files` (logical paths under data/search/) by content hash and add the entry. */
export function publishSearchData(
  files: Map<string, string | Uint8Array>,
  info: Pick<Entry, "docs" | "segments">,
): Map<string, string | Uint8Array> {
  const rels = [...files.keys()].map((p) => p.slice(SEARCH_DIR.length + 1));
  const counts = new Map<string, number>();
  for (const rel of rels) {
    const fam = familyOf(rel);
    if (fam) counts.set(fam.family, Math.max(counts.get(fam.family) ?? 0, fam.n + 1));
  }
  const sizeOf = (family: string) => (family === "f" ? FRAGMENT_GROUP : groupSize(counts.get(family)!));
  // Each group's hash covers its members' names and contents.
  const members = new Map<string, Map<number, string[]>>();
  const single: Record<string, string> = {};
  for (const rel of rels.sort()) {
    const fam = familyOf(rel);
    const h = contentHash(files.get(`${SEARCH_DIR}/${rel}`)!);
    if (!fam) {
      single[rel] = h;
      continue;
    }
    const byGroup = members.get(fam.family) ?? members.set(fam.family, new Map()).get(fam.family)!;
    const g = Math.floor(fam.n / sizeOf(fam.family));
    (byGroup.get(g) ?? byGroup.set(g, []).get(g)!).push(`${rel} ${h}`);
  }
  const out = new Map<string, string | Uint8Array>();
  const groups: Record<string, Group> = {};
  const hashesOf = new Map<string, string[]>();
  for (const [family, byGroup] of [...members].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const n = Math.max(...byGroup.keys()) + 1;
    const hashes = Array.from({ length: n }, (_, g) => contentHash((byGroup.get(g) ?? []).join("\n")));
    hashesOf.set(family, hashes);
    if (LISTED.has(family)) {
      const list = JSON.stringify(hashes);
      const h = contentHash(list);
      out.set(`${SEARCH_DIR}/${hashedName(groupList(family), h)}`, publish(groupList(family), list));
      groups[family] = { size: sizeOf(family), list: h };
    } else groups[family] = { size: sizeOf(family), hashes };
  }
  for (const [path, body] of files) {
    const rel = path.slice(SEARCH_DIR.length + 1);
    const fam = familyOf(rel);
    const h = fam ? hashesOf.get(fam.family)![Math.floor(fam.n / groups[fam.family].size)] : single[rel];
    out.set(`${SEARCH_DIR}/${hashedName(rel, h)}`, publish(rel, body));
  }
  const entry: Entry = { version: FORMAT_VERSION, build: "", ...info, groups, files: single };
  entry.build = contentHash(JSON.stringify(entry));
  out.set(paths.entry(), JSON.stringify(entry));
  return out;
}

/** The search index, the tag data and the traditional → simplified table, as published. */
export function searchData(issues: IssueFile[]): Map<string, string | Uint8Array> {
  const index = buildSearchIndex(issues);
  const files = new Map<string, string | Uint8Array>([...index.files, ...buildTagIndex(issues), ...t2sFiles()]);
  return publishSearchData(files, { docs: index.docs, segments: index.segments });
}

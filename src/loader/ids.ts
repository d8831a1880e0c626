/** Stable, URL-safe ids for issues and articles. */
import { createHash } from "node:crypto";

/** Six base-36 characters of a SHA-1: stable across builds and machines. */
export function shortHash(s: string): string {
  const n = parseInt(createHash("sha1").update(s).digest("hex").slice(0, 8), 16);
  return n.toString(36).padStart(6, "0").slice(-6);
}

/**
 * A URL-safe slug of a name. Names that lose characters on the way (Chinese
 * file names, say) get a hash of the whole name so two of them never meet.
 */
export function slug(name: string): string {
  const ascii = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, 60);
  const lossless = ascii === name.toLowerCase();
  if (ascii && lossless) return ascii;
  return ascii ? `${ascii}-${shortHash(name)}` : shortHash(name);
}

/**
 * A new issue's id from its file's path under issues/ (without the extension,
 * folders joined by "-"), so files of the same name in two folders, or names
 * differing only in case, never share one: a name that changes on the way gets
 * a hash of the path. The ledger keeps it from then on.
 */
export function pathId(rel: string): string {
  const stem = rel
    .replace(/\.[^./]+$/u, "")
    .split("/")
    .join("-");
  const s = slug(stem);
  const h = shortHash(stem);
  return s === stem || s.endsWith(h) ? s : `${s.slice(0, 73)}-${h}`;
}

/** Article id from its title: unchanged by edits to the body or by other articles. */
export function articleIdFor(title: string): string {
  return shortHash(title.normalize("NFKC").replace(/\s+/gu, ""));
}

/** Make ids unique in order: the first keeps its id, later ones get -2, -3, … */
export function dedupe(ids: string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    let out = id;
    for (let n = 2; used.has(out); n++) out = `${id}-${n}`;
    used.add(out);
    return out;
  });
}

/**
 * What a tag's page shows beside its articles, computed at build time: the tags
 * that most often appear with it (with counts), and for a person the roles the
 * texts give, first and last seen. One file per hash bucket, fetched for the one
 * tag a page shows. Node only.
 */
import type { Article, IssueFile } from "../shared/contract";
import { TAG_KINDS, tagBucket, tagKey } from "../shared/search/tag-format";
import { tagInfoPath } from "../shared/paths";
import type { TagInfo } from "../shared/tag-info";
import { filedName } from "./tag-index";

/** Co-occurring tags kept per tag. */
export const CO_TAGS = 10;
const TARGET_BUCKET_BYTES = 6000;
/** Kinds that are listed as company (not 类型 or 报纸: every article has them). */
const CO_KINDS = new Set(["people", "places", "orgs", "topics"]);

/** Roles of people in an article: the titles the tagger found before their names (`tags.about`), under the names the archive files them. */
export function rolesIn(a: Article): [string, string][] {
  return a.tags.about
    .filter((n) => n.kind === "people" && n.roles)
    .flatMap((n) => n.roles!.map((r): [string, string] => [n.canonical ?? n.name, r]));
}

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export function tagInfoFiles(issues: IssueFile[]): { files: Map<string, string>; buckets: number } {
  const co = new Map<string, Map<string, number>>();
  const roles = new Map<string, Map<string, { from: string | null; to: string | null; n: number }>>();
  for (const f of issues) {
    const date = f.issue.date && /^\d{4}/.test(f.issue.date) ? f.issue.date : null;
    for (const a of f.articles) {
      const tags = TAG_KINDS.filter((k) => k.key !== "pub").flatMap((k) =>
        a.tags[k.key as Exclude<typeof k.key, "pub">].map((name) => ({
          // Under the name the tag's page has (吉林 → 吉林省).
          tag: tagKey(k.label, filedName(a, k.key, name)),
          listed: CO_KINDS.has(k.key),
        })),
      );
      for (const { tag } of tags) {
        const m = co.get(tag) ?? co.set(tag, new Map()).get(tag)!;
        for (const o of tags) if (o.listed && o.tag !== tag) m.set(o.tag, (m.get(o.tag) ?? 0) + 1);
      }
      for (const [name, role] of rolesIn(a)) {
        const tag = tagKey("人物", name);
        const m = roles.get(tag) ?? roles.set(tag, new Map()).get(tag)!;
        const r = m.get(role) ?? m.set(role, { from: date, to: date, n: 0 }).get(role)!;
        r.n++;
        if (date && (!r.from || date < r.from)) r.from = date;
        if (date && (!r.to || date > r.to)) r.to = date;
      }
    }
  }
  const info = new Map<string, TagInfo>();
  for (const [tag, m] of co) {
    const top = [...m]
      .filter(([, c]) => c >= 2)
      .sort((a, b) => b[1] - a[1] || byKey(a, b))
      .slice(0, CO_TAGS);
    if (top.length) info.set(tag, { co: top });
  }
  for (const [tag, m] of roles) {
    const list = [...m]
      .map(([role, r]): [string, string | null, string | null, number] => [role, r.from, r.to, r.n])
      .sort((a, b) => ((a[1] ?? "~") < (b[1] ?? "~") ? -1 : (a[1] ?? "~") > (b[1] ?? "~") ? 1 : b[3] - a[3]));
    info.set(tag, { ...(info.get(tag) ?? { co: [] }), roles: list });
  }
  const entries = [...info].sort(byKey);
  const total = entries.reduce((s, [t, i]) => s + JSON.stringify([t, i]).length, 0);
  const buckets = entries.length ? Math.max(1, Math.round(total / TARGET_BUCKET_BYTES)) : 0;
  const parts: Record<string, TagInfo>[] = Array.from({ length: buckets }, () => ({}));
  for (const [t, i] of entries) parts[tagBucket(t, buckets)][t] = i;
  return { files: new Map(parts.map((p, k) => [tagInfoPath(k), JSON.stringify(p)])), buckets };
}

/**
 * Editor overrides of tags, `tags.json` in the content folder (optional):
 *
 * ```json
 * {
 *   "add":    [{ "article": "<issue id>/<article id>", "kind": "人物", "name": "王五" }],
 *   "remove": [{ "kind": "地点", "name": "南海" }, { "kind": "人物", "name": "李四", "article": "<issue>/<article>" }],
 *   "rename": [{ "kind": "人物", "from": "张三丰", "to": "张三" }],
 *   "merge":  [{ "kind": "机构", "names": ["宏泰公司", "河北宏泰专用汽车有限公司"], "into": "河北宏泰专用汽车有限公司" }]
 * }
 * ```
 *
 * `kind` is a tag kind as the site labels it (人物, 地点, 机构, 主题, 类型). `remove` without
 * `article` removes the tag everywhere; `rename` changes the name in every article; `merge`
 * files every listed name under `into` (each article keeps the name it writes, its chip and
 * the facets lead to `into`). The build applies them after extraction, so facets, tag pages and
 * search filters all follow. A bad file or entry gives one line naming the file and the path.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Article, IssueFile } from "../../shared/contract";
import { TAG_KINDS } from "../../shared/search/tag-format";

export const OVERRIDES_FILE = "tags.json";

const LABELS = TAG_KINDS.filter((k) => k.key !== "pub").map((k) => k.label) as [string, ...string[]];
const Kind = z.enum(LABELS, { error: () => `must be one of ${LABELS.join(", ")}` });
const Name = z.string().trim().min(1, "must not be empty");
const ArticleRef = z.string().regex(/^[a-z0-9_-]{1,80}\/[a-z0-9_-]{1,80}$/u, "must be <issue id>/<article id>");

const Overrides = z
  .object({
    add: z.array(z.object({ article: ArticleRef, kind: Kind, name: Name }).strict()).default([]),
    remove: z.array(z.object({ kind: Kind, name: Name, article: ArticleRef.optional() }).strict()).default([]),
    rename: z.array(z.object({ kind: Kind, from: Name, to: Name }).strict()).default([]),
    merge: z.array(z.object({ kind: Kind, names: z.array(Name).min(1, "must list at least one name"), into: Name }).strict()).default([]),
  })
  .strict();
export type TagOverrides = z.infer<typeof Overrides>;

export const NO_OVERRIDES: TagOverrides = { add: [], remove: [], rename: [], merge: [] };

/** The content folder's overrides, or none; `problems` holds one line per fault, naming the path in the file. */
export function loadOverrides(root: string): { overrides: TagOverrides; problems: string[] } {
  const file = join(root, OVERRIDES_FILE);
  if (!existsSync(file)) return { overrides: NO_OVERRIDES, problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    return { overrides: NO_OVERRIDES, problems: [`not valid JSON: ${(e as Error).message}`] };
  }
  const parsed = Overrides.safeParse(raw);
  if (!parsed.success)
    return {
      overrides: NO_OVERRIDES,
      problems: parsed.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(top level)"}: ${i.message}`),
    };
  return { overrides: parsed.data, problems: [] };
}

type ListKey = "people" | "places" | "orgs" | "topics" | "kinds";
const keyOf = (label: string) => TAG_KINDS.find((k) => k.label === label)!.key as ListKey;
const noteKind = (k: ListKey) => (k === "people" || k === "places" || k === "orgs" ? k : null);

function setCanonical(a: Article, key: ListKey, name: string, canonical: string) {
  const kind = noteKind(key);
  if (!kind || name === canonical) return;
  const note = a.tags.about.find((n) => n.kind === kind && n.name === name);
  if (note) note.canonical = canonical;
  else a.tags.about.push({ kind, name, canonical });
}

/** Apply the overrides to every article; returns one line per entry that matched nothing, naming its path in the file. */
export function applyOverrides(issues: IssueFile[], o: TagOverrides): string[] {
  const problems: string[] = [];
  const byRef = new Map<string, Article>(issues.flatMap((f) => f.articles.map((a) => [`${f.issue.id}/${a.id}`, a] as [string, Article])));
  const all = issues.flatMap((f) => f.articles);
  o.rename.forEach((r, i) => {
    const key = keyOf(r.kind);
    let hits = 0;
    for (const a of all) {
      const list = a.tags[key];
      const at = list.indexOf(r.from);
      if (at < 0) continue;
      hits++;
      if (list.includes(r.to)) list.splice(at, 1);
      else list[at] = r.to;
      for (const n of a.tags.about) if (n.kind === noteKind(key) && n.name === r.from) n.name = r.to;
    }
    if (!hits) problems.push(`rename.${i}: no article has ${r.kind} ${r.from}`);
  });
  o.merge.forEach((m, i) => {
    const key = keyOf(m.kind);
    let hits = 0;
    for (const a of all)
      for (const name of a.tags[key])
        if (m.names.includes(name) || name === m.into) {
          hits++;
          setCanonical(a, key, name, m.into);
        }
    if (!hits) problems.push(`merge.${i}: no article has any of ${m.names.join(", ")}`);
  });
  o.remove.forEach((r, i) => {
    const key = keyOf(r.kind);
    const targets = r.article ? [byRef.get(r.article)].filter((a): a is Article => !!a) : all;
    if (r.article && !targets.length) problems.push(`remove.${i}.article: no article ${r.article}`);
    let hits = 0;
    for (const a of targets) {
      const before = a.tags[key].length;
      a.tags[key] = a.tags[key].filter((n) => n !== r.name);
      a.tags.about = a.tags.about.filter((n) => !(n.kind === noteKind(key) && n.name === r.name));
      hits += before - a.tags[key].length;
    }
    if (!hits && targets.length) problems.push(`remove.${i}: no article has ${r.kind} ${r.name}`);
  });
  o.add.forEach((x, i) => {
    const a = byRef.get(x.article);
    if (!a) return problems.push(`add.${i}.article: no article ${x.article}`);
    const list = a.tags[keyOf(x.kind)];
    if (!list.includes(x.name)) list.push(x.name);
  });
  return problems;
}

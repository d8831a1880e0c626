import { Link, useNavigate } from "@tanstack/react-router";
import { TAG_KINDS, splitTag } from "../shared/search/tag-format";
import type { TagNames } from "../shared/search/tag-lookup-paths";
import { TagFinder } from "./search/tag-finder";

/** How many tags of a kind the index lists (the most frequent); the finder reaches the rest. */
export const TAGS_PER_KIND = 300;

/** Tags of each kind with their article counts, most articles first (then by name, as the build sorts). */
export function tagsByKind(names: TagNames) {
  return TAG_KINDS.map((k) => {
    const tags = names
      .filter(([t]) => splitTag(t)?.label === k.label)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { ...k, tags, total: tags.length };
  }).filter((k) => k.total > 0);
}

/** /tags/: every kind of tag, its most frequent names with counts, and a finder for any tag. */
export function TagIndex({ names }: { names: TagNames }) {
  const navigate = useNavigate();
  const kinds = tagsByKind(names);
  return (
    <section aria-labelledby="tags-title">
      <h1 id="tags-title" className="page-title">
        标签
      </h1>
      <p className="text-muted">档案里的人物、地点、机构、主题和类型，括号里是文章篇数。</p>
      <div className="max-w-md">
        <TagFinder
          exclude={[]}
          onPick={(tag) => {
            const t = splitTag(tag);
            if (t) void navigate({ to: "/tags/$label/$name", params: { label: t.label, name: t.name } });
          }}
        />
      </div>
      {kinds.length === 0 && <p className="mt-4">档案里还没有标签。</p>}
      {kinds.map((k) => (
        <section key={k.key} aria-labelledby={`tags-${k.key}`} className="mt-6">
          <h2 id={`tags-${k.key}`} className="section-title">
            {k.label}（{k.total}）
          </h2>
          <ul className="chips">
            {k.tags.slice(0, TAGS_PER_KIND).map(([t, c]) => (
              <li key={t}>
                <Link to="/tags/$label/$name" params={{ label: k.label, name: splitTag(t)!.name }} className="chip">
                  {splitTag(t)!.name}
                  <span className="count">（{c}）</span>
                </Link>
              </li>
            ))}
          </ul>
          {k.total > TAGS_PER_KIND && (
            <p className="mt-2 text-sm text-muted">
              另有 {k.total - TAGS_PER_KIND} 个{k.label}标签，用上面的“查找标签”找。
            </p>
          )}
        </section>
      ))}
    </section>
  );
}

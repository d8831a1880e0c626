import { Link } from "@tanstack/react-router";
import type { Article } from "../shared/contract";
import { TAG_KINDS } from "../shared/search/tag-format";

/** An article's tags by kind, each leading to the tag's page. */
export function TagChips({ tags }: { tags: Article["tags"] }) {
  const kinds = TAG_KINDS.filter((k) => k.key !== "pub" && tags[k.key].length > 0);
  if (!kinds.length) return null;
  return (
    <nav aria-label="文章标签" className="no-print">
      <dl className="tag-list">
        {kinds.map((k) => (
          <div key={k.key} className="tag-row">
            <dt className="text-sm text-muted">{k.label}</dt>
            <dd className="tag-chips">
              {tags[k.key as Exclude<typeof k.key, "pub">].map((name) => (
                <Link key={name} to="/tags/$label/$name" params={{ label: k.label, name }} className="chip text-sm">
                  {name}
                </Link>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </nav>
  );
}

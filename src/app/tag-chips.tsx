import { Link } from "@tanstack/react-router";
import type { Article } from "../shared/contract";
import { TAG_KINDS } from "../shared/search/tag-format";

type Kind = Exclude<(typeof TAG_KINDS)[number]["key"], "pub">;

/** The name the archive files a tag under (吉林 → 吉林省), as the loader noted it; else the name as written. */
const filedName = (tags: Article["tags"], kind: Kind, name: string) =>
  tags.about?.find((n) => n.kind === kind && n.name === name)?.canonical ?? name;

/** An article's tags by kind, each leading to the tag's page under the name the archive files it under. */
export function TagChips({ tags }: { tags: Article["tags"] }) {
  const kinds = TAG_KINDS.filter((k) => k.key !== "pub" && tags[k.key].length > 0);
  if (!kinds.length) return null;
  return (
    <nav aria-label="文章标签" className="no-print">
      <dl className="tag-list">
        {kinds.map((k) => {
          const names = [...new Set(tags[k.key as Kind].map((n) => filedName(tags, k.key as Kind, n)))];
          return (
            <div key={k.key} className="tag-row">
              <dt className="text-sm text-muted">{k.label}</dt>
              <dd className="tag-chips">
                {names.map((name) => (
                  <Link key={name} to="/tags/$label/$name" params={{ label: k.label, name }} className="chip text-sm">
                    {name}
                  </Link>
                ))}
              </dd>
            </div>
          );
        })}
      </dl>
    </nav>
  );
}

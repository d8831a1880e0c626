import { Link } from "@tanstack/react-router";
import type { TagInfo } from "../shared/tag-info";
import { splitTag } from "../shared/search/tag-format";
import { formatDate } from "./format";

/** A period as far as it is known: 2021年5月—2022年7月, or one date. */
function span(from: string | null, to: string | null): string {
  const f = from ? formatDate(from.slice(0, 7)) : "";
  const t = to ? formatDate(to.slice(0, 7)) : "";
  return f === t ? f || "日期不详" : `${f || "?"}—${t || "?"}`;
}

/**
 * Beside a tag's articles: its roles over time (for a person, where the texts
 * give them) and the tags most often in the same articles, each leading to the
 * articles that have both.
 */
export function TagOverview({ tag, info }: { tag: string; info: TagInfo | null }) {
  if (!info || (!info.co.length && !info.roles?.length)) return null;
  return (
    <div className="tag-overview">
      {info.roles && info.roles.length > 0 && (
        <section aria-labelledby="roles-title">
          <h2 id="roles-title" className="section-title">
            职务
          </h2>
          <ol className="roles">
            {info.roles.map(([role, from, to, n]) => (
              <li key={role}>
                <span className="font-bold">{role}</span>
                <span className="text-sm text-muted">
                  {" "}
                  · {span(from, to)} · {n} 篇
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {info.co.length > 0 && (
        <section aria-labelledby="co-title">
          <h2 id="co-title" className="section-title">
            常一起出现
          </h2>
          <ul className="chips">
            {info.co.map(([t, n]) => {
              const other = splitTag(t);
              if (!other) return null;
              return (
                <li key={t}>
                  <Link
                    to="/"
                    search={{ tags: [tag, t] }}
                    className="chip"
                    aria-label={`${other.label}：${other.name}，同在 ${n} 篇中，看这些文章`}
                  >
                    <span className="text-sm text-muted">{other.label}</span>&nbsp;{other.name}
                    <span className="count">（{n}）</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

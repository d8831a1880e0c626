import { Link } from "@tanstack/react-router";
import type { RelatedRef } from "../shared/archive";
import { formatDate } from "./format";

/** 相关文章: computed at build time from shared tags and rare shared words. */
export function RelatedArticles({ related }: { related: RelatedRef[] | undefined }) {
  if (!related?.length) return null;
  return (
    <section aria-labelledby="related-title" className="no-print">
      <h2 id="related-title" className="section-title">
        相关文章
      </h2>
      <ul className="related">
        {related.map((r) => (
          <li key={`${r.i}/${r.a}`}>
            <Link to="/issues/$issueId/$articleId" params={{ issueId: r.i, articleId: r.a }}>
              {r.t}
              <span className="block text-sm text-muted">{formatDate(r.d)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

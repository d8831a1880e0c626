import { Link } from "@tanstack/react-router";
import type { Catalog, IssueFile } from "../shared/contract";
import { issueLabel, opening } from "./format";
import { IssueNav } from "./issue-nav";

export function IssueContents({ file, catalog }: { file: IssueFile; catalog: Catalog }) {
  const { issue, articles } = file;
  return (
    <section aria-labelledby="issue-title">
      <h1 id="issue-title" className="page-title">
        {issueLabel(issue)}
      </h1>
      <p className="text-muted">
        {issue.edition ? `${issue.edition} · ` : ""}本期 {articles.length} 篇
      </p>
      <ol aria-label="本期目录" className="toc">
        {articles.map((a) => (
          <li key={a.id}>
            {a.kicker && <p className="kicker">{a.kicker}</p>}
            <h2 className="toc-title">
              <Link to="/issues/$issueId/$articleId" params={{ issueId: issue.id, articleId: a.id }}>
                {a.title}
              </Link>
            </h2>
            {a.subtitle && <p className="subtitle">{a.subtitle}</p>}
            {a.byline && <p className="meta">{a.byline}</p>}
            <p className="toc-opening">{opening(a)}</p>
          </li>
        ))}
      </ol>
      <IssueNav catalog={catalog} issueId={issue.id} />
    </section>
  );
}

import { Link } from "@tanstack/react-router";
import type { IssueSummary } from "../shared/contract";
import { issueDateLabel, publicationName } from "./format";

export function IssueList({ issues }: { issues: IssueSummary[] }) {
  if (!issues.length) {
    return (
      <section aria-labelledby="empty-title">
        <h1 id="empty-title" className="font-serif text-2xl font-bold">
          还没有报纸
        </h1>
        <p className="mt-2">
          把每期报纸的文本文件放进 <code>content/issues/</code>（或用 <code>KANBAO_CONTENT</code> 指向档案目录），再运行 <code>npm run build</code>。
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="issues-title">
      <h1 id="issues-title" className="font-serif text-2xl font-bold">
        各期报纸
      </h1>
      <ul aria-labelledby="issues-title" className="mt-4 space-y-6">
        {issues.map((issue) => (
          <li key={issue.id}>
            <article aria-labelledby={`issue-${issue.id}`}>
              <h2 id={`issue-${issue.id}`} className="text-lg font-bold">
                <Link to="/issues/$issueId" params={{ issueId: issue.id }} className="hover:underline">
                  {publicationName(issue)} · {issueDateLabel(issue)}
                </Link>
              </h2>
              <p className="text-sm text-stone-600">{issue.articleCount} 篇文章</p>
              <ul className="mt-1 list-disc pl-6">
                {issue.leads.map((lead) => (
                  <li key={lead.id}>
                    <Link to="/issues/$issueId/$articleId" params={{ issueId: issue.id, articleId: lead.id }} className="hover:underline">
                      {lead.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

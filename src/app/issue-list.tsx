import { Link } from "@tanstack/react-router";
import type { ListedIssue } from "../shared/archive";
import { issueLabel } from "./format";

export function EmptyArchive() {
  return (
    <section aria-labelledby="empty-title">
      <h1 id="empty-title" className="page-title">
        还没有报纸
      </h1>
      <p className="mt-2">
        把每期报纸的文本文件放进 <code>content/issues/</code>（或用环境变量 <code>KANBAO_CONTENT</code> 指向档案目录），在{" "}
        <code>content/manifest.json</code> 里写上报名和日期，再运行 <code>npm run build</code>。
      </p>
    </section>
  );
}

export function IssueList({ issues, title }: { issues: ListedIssue[]; title: string }) {
  return (
    <section aria-labelledby="issues-title">
      <h2 id="issues-title" className="section-title">
        {title}
      </h2>
      {issues.length === 0 && <p className="mt-2">没有符合条件的报纸。</p>}
      <ul aria-labelledby="issues-title" className="issue-list">
        {issues.map((issue) => (
          <li key={issue.id}>
            <article aria-labelledby={`issue-${issue.id}`}>
              <h3 id={`issue-${issue.id}`} className="issue-title">
                <Link to="/issues/$issueId" params={{ issueId: issue.id }}>
                  {issueLabel(issue)}
                </Link>
              </h3>
              <p className="text-sm text-muted">
                {issue.edition ? `${issue.edition} · ` : ""}
                {issue.articleCount} 篇文章
              </p>
              <ul className="leads">
                {issue.leads.map((lead) => (
                  <li key={lead.id}>
                    <Link to="/issues/$issueId/$articleId" params={{ issueId: issue.id, articleId: lead.id }}>
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

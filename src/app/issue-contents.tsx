import { Link } from "@tanstack/react-router";
import type { IssueFile } from "../shared/contract";
import { issueDateLabel, publicationName } from "./format";

export function IssueContents({ file }: { file: IssueFile }) {
  const { issue, articles } = file;
  return (
    <section aria-labelledby="issue-title">
      <h1 id="issue-title" className="font-serif text-2xl font-bold">
        {publicationName(issue)} · {issueDateLabel(issue)}
      </h1>
      <ol className="mt-4 space-y-4">
        {articles.map((a) => (
          <li key={a.id}>
            {a.kicker && <p className="text-sm text-stone-600">{a.kicker}</p>}
            <h2 className="text-lg font-bold">
              <Link to="/issues/$issueId/$articleId" params={{ issueId: issue.id, articleId: a.id }} className="hover:underline">
                {a.title}
              </Link>
            </h2>
            {a.subtitle && <p className="text-sm text-stone-700">{a.subtitle}</p>}
            {a.byline && <p className="text-sm text-stone-600">{a.byline}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

import { Link } from "@tanstack/react-router";
import type { IssueFile } from "../shared/contract";
import { issueDateLabel, publicationName } from "./format";

export function ArticleView({ file, index }: { file: IssueFile; index: number }) {
  const a = file.articles[index];
  return (
    <article aria-labelledby="article-title" className="font-serif">
      <header>
        {a.kicker && <p className="text-stone-600">{a.kicker}</p>}
        <h1 id="article-title" className="text-2xl font-bold">
          {a.title}
        </h1>
        {a.subtitle && <p className="text-stone-700">{a.subtitle}</p>}
        <p className="mt-2 text-sm text-stone-600">
          {[a.byline, publicationName(file.issue), issueDateLabel(file.issue)].filter(Boolean).join(" · ")}
        </p>
      </header>
      <div className="mt-4 space-y-3 text-justify">
        {a.paragraphs.map((p, i) => (
          <p key={i} className="indent-[2em]">
            {p}
          </p>
        ))}
      </div>
      <p className="mt-6">
        <Link to="/issues/$issueId" params={{ issueId: file.issue.id }} className="text-brand underline">
          返回本期目录
        </Link>
      </p>
    </article>
  );
}

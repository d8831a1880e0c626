import type { IssueFile } from "../shared/contract";
import { citation, issueDateLabel, publicationName, readingMinutes, withoutIndent } from "./format";
import { ArticleNav } from "./article-nav";
import { CopyButton } from "./copy-button";
import { useReadingPosition } from "./reading-position";

export function ArticleView({ file, index }: { file: IssueFile; index: number }) {
  const a = file.articles[index];
  const { resumed, restart } = useReadingPosition(`${file.issue.id}/${a.id}`, a.chars);
  return (
    <article aria-labelledby="article-title" className="reader">
      <header className="mb-6">
        {a.kicker && <p className="kicker">{a.kicker}</p>}
        <h1 id="article-title" className="article-title">
          {a.title}
        </h1>
        {a.subtitle && <p className="subtitle">{a.subtitle}</p>}
        <p className="meta">
          {a.byline && <span>{a.byline}</span>}
          <span>{publicationName(file.issue)}</span>
          <time dateTime={file.issue.date ?? undefined}>{issueDateLabel(file.issue)}</time>
          <span>约 {readingMinutes(a)} 分钟读完</span>
        </p>
        {resumed && (
          <p role="status" className="notice no-print">
            已回到上次读到的位置。
            <button type="button" className="link" onClick={restart}>
              从头读
            </button>
          </p>
        )}
      </header>
      <div className="article-body">
        {a.paragraphs.map((p, i) => (
          <p key={i} id={`p${i + 1}`}>
            {withoutIndent(p)}
          </p>
        ))}
      </div>
      <footer className="mt-8 space-y-4">
        <p className="citation">
          <span className="text-muted">引用：</span>
          {citation(a, file.issue)}
        </p>
        <div className="no-print flex flex-wrap items-center gap-2">
          <CopyButton label="复制链接" text={() => location.href.split("#")[0]} done="链接已复制" />
          <CopyButton label="复制引用" text={() => citation(a, file.issue)} done="引用已复制" />
        </div>
        <ArticleNav file={file} index={index} />
      </footer>
    </article>
  );
}

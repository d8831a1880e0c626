import type { IssueFile } from "../shared/contract";
import { citation, issueDateLabel, publicationName, readingMinutes, withoutIndent } from "./format";
import { ArticleNav } from "./article-nav";
import { CopyButton } from "./copy-button";
import { useReadingPosition } from "./reading-position";
import { MarkedText } from "./marked-text";
import { markRanges } from "../shared/search/highlight";
import { parseQuery } from "../shared/search/query";
import { useEffect, useMemo } from "react";
import { TagChips } from "./tag-chips";

export function ArticleView({ file, index, highlight }: { file: IssueFile; index: number; highlight?: string }) {
  const a = file.articles[index];
  const terms = useMemo(() => (highlight ? parseQuery(highlight).terms : []), [highlight]);
  const { resumed, restart } = useReadingPosition(`${file.issue.id}/${a.id}`, highlight ? 0 : a.chars);
  const mark = (text: string) => <MarkedText text={text} ranges={markRanges(text, terms)} />;
  useEffect(() => {
    if (terms.length && !location.hash) document.querySelector(".reader mark")?.scrollIntoView({ block: "center" });
  }, [terms]);
  return (
    <article aria-labelledby="article-title" className="reader">
      <header className="mb-6">
        {a.kicker && <p className="kicker">{mark(a.kicker)}</p>}
        <h1 id="article-title" className="article-title">
          {mark(a.title)}
        </h1>
        {a.subtitle && <p className="subtitle">{mark(a.subtitle)}</p>}
        <p className="meta">
          {a.byline && <span>{mark(a.byline)}</span>}
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
            {mark(withoutIndent(p))}
          </p>
        ))}
      </div>
      <footer className="mt-8 space-y-4">
        <TagChips tags={a.tags} />
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

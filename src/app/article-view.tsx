import { useEffect, useMemo, useState } from "react";
import type { IssueFile } from "../shared/contract";
import { citation, issueDateLabel, publicationName, readingMinutes, withoutIndent } from "./format";
import { ArticleNav } from "./article-nav";
import { useReadingPosition } from "./reading-position";
import { MarkedText } from "./marked-text";
import { markRanges } from "../shared/search/highlight";
import { parseQuery } from "../shared/search/query";
import { TagChips } from "./tag-chips";
import { SharePanel } from "./share-panel";

/** `#p3` → 3, when the URL points at a paragraph. */
const paragraphInHash = () => Number(/^#p(\d+)$/.exec(location.hash)?.[1] ?? 0);

export function ArticleView({ file, index, highlight }: { file: IssueFile; index: number; highlight?: string }) {
  const a = file.articles[index];
  const terms = useMemo(() => (highlight ? parseQuery(highlight).terms : []), [highlight]);
  const { resumed, restart } = useReadingPosition(`${file.issue.id}/${a.id}`, highlight ? 0 : a.chars);
  const [target, setTarget] = useState(0);
  const mark = (text: string) => <MarkedText text={text} ranges={markRanges(text, terms)} />;
  useEffect(() => {
    const p = paragraphInHash();
    if (p) {
      setTarget(p);
      document.getElementById(`p${p}`)?.scrollIntoView({ block: "start" });
    } else if (terms.length) document.querySelector(".reader mark")?.scrollIntoView({ block: "center" });
  }, [terms]);
  const url = () => location.href.split("#")[0].split("?")[0];
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
          <p key={i} id={`p${i + 1}`} className={target === i + 1 ? "marked" : undefined}>
            {mark(withoutIndent(p))}
            <a href={`#p${i + 1}`} className="para-link no-print" aria-label={`第${i + 1}段的链接`} onClick={() => setTarget(i + 1)}>
              ¶
            </a>
          </p>
        ))}
      </div>
      <footer className="mt-8 space-y-4">
        <TagChips tags={a.tags} />
        <p className="citation">
          <span className="text-muted">引用：</span>
          {citation(a, file.issue)}
        </p>
        <SharePanel url={typeof location === "undefined" ? "" : url()} title={a.title} citation={citation(a, file.issue)} />
        <ArticleNav file={file} index={index} />
      </footer>
    </article>
  );
}

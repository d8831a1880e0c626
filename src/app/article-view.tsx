import { useCallback, useEffect, useMemo, useState } from "react";
import { Link } from "@tanstack/react-router";
import { pageOf, pageLabel, type ArticleHead, type IssueIndex, type PublishedArticle } from "../shared/archive";
import { citation, issueDateLabel, publicationName, readingMinutes, withoutIndent } from "./format";
import { ArticleNav } from "./article-nav";
import { useReadingPosition } from "./reading-position";
import { MarkedText } from "./marked-text";
import { markRanges } from "../shared/search/highlight";
import { parseQuery } from "../shared/search/query";
import { TagChips } from "./tag-chips";
import { SharePanel } from "./share-panel";
import { RelatedArticles } from "./related-articles";
import { byPage } from "./issue-pages";
import { BookmarkButton } from "./library/bookmark-button";
import { ListenButton } from "./listen/listen-bar";
import { useListening } from "./listen/listen-session";
import { ReportLink } from "./report-link";

/** `#p3` → 3, when the URL points at a paragraph. */
const paragraphInHash = () => Number(/^#p(\d+)$/.exec(location.hash)?.[1] ?? 0);

interface Props {
  issue: IssueIndex;
  at: number;
  article: PublishedArticle;
  highlight?: string;
  /** Where readers report an error (纠错), from the site's configuration. */
  report?: string | null;
}

export function ArticleView({ issue, at, article: a, highlight, report = null }: Props) {
  const file = issue;
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
  // The address as the reader sees it, after hydration: the prerendered page has none (and must match it).
  const [pageUrl, setPageUrl] = useState("");
  useEffect(() => setPageUrl(location.href.split("#")[0].split("?")[0]), []);
  const listen = useListening();
  const reading = listen.status !== "idle" && listen.issueId === file.issue.id && listen.articleId === a.id ? listen.paragraph : -1;
  // The paragraph being read stays in view.
  useEffect(() => {
    if (reading > 0) document.getElementById(`p${reading}`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [reading]);
  const body = useCallback(() => document.querySelector<HTMLElement>(".reader"), []);
  const page = pageOf(a);
  const pageAnchor = page
    ? byPage<PublishedArticle | ArticleHead>(file.articles).find((g) => g.articles.some((x) => x.id === a.id))?.anchor
    : undefined;
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
          {page && (
            <Link to="/issues/$issueId" params={{ issueId: file.issue.id }} hash={pageAnchor} className="inline-link">
              {pageLabel(page)}
            </Link>
          )}
          <span>约 {readingMinutes(a)} 分钟读完</span>
        </p>
        <p className="print-url">{pageUrl}</p>
        <div className="article-actions no-print">
          <BookmarkButton
            article={{
              issueId: file.issue.id,
              articleId: a.id,
              title: a.title,
              publication: file.issue.publication,
              date: file.issue.date,
            }}
          />
        </div>
        {/* A row of its own, a button high from the first paint: finding a Chinese voice moves nothing below it. */}
        <div className="article-actions listen-actions no-print">
          <ListenButton issue={file} at={at} article={async () => a} issueMode={false} label="朗读本文" />
          {at + 1 < file.articles.length && <ListenButton issue={file} at={at} article={async () => a} issueMode label="从本篇连读本期" />}
        </div>
      </header>
      {resumed && (
        <p role="status" className="resume-notice no-print">
          已回到上次读到的位置。
          <button type="button" className="link" onClick={restart}>
            从头读
          </button>
        </p>
      )}
      <div className="article-body">
        {a.paragraphs.map((p, i) => (
          <p
            key={i}
            id={`p${i + 1}`}
            className={[target === i + 1 ? "marked" : "", reading === i + 1 ? "reading" : ""].join(" ").trim() || undefined}
            aria-current={reading === i + 1 ? "true" : undefined}
          >
            {mark(withoutIndent(p))}
            <a
              href={`#p${i + 1}`}
              tabIndex={-1}
              className="para-link no-print"
              aria-label={`第${i + 1}段的链接`}
              onClick={() => setTarget(i + 1)}
            >
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
        <SharePanel url={pageUrl} title={a.title} citation={citation(a, file.issue)} />
        {report && (
          <p className="no-print flex flex-wrap items-center gap-2">
            <ReportLink target={report} url={pageUrl} id={`${file.issue.id}/${a.id}`} title={a.title} within={body} />
            <span className="text-sm text-muted">发现错字、错误？可先选中有误的文字再点纠错。</span>
          </p>
        )}
        <RelatedArticles related={a.related} />
        <ArticleNav issue={file} at={at} />
      </footer>
    </article>
  );
}

import { Link } from "@tanstack/react-router";
import { isWhole, openingOf, pageLabel, type ArticleHead, type IssueIndex, type PublishedArticle } from "../shared/archive";
import { issueLabel } from "./format";
import { IssueNav } from "./issue-nav";
import { byPage, type PageGroup } from "./issue-pages";
import { ListenButton } from "./listen/listen-bar";
import { loadArticleAt } from "./data";

const opening = (a: PublishedArticle | ArticleHead) => (isWhole(a) ? openingOf(a.paragraphs) : a.opening);

interface EntriesProps {
  issueId: string;
  articles: (PublishedArticle | ArticleHead)[];
  label: string;
  /** Headings of articles under a page heading are one level lower. */
  under?: boolean;
}

function Entries({ issueId, articles, label, under = false }: EntriesProps) {
  const Title = under ? "h3" : "h2";
  return (
    <ol aria-label={label} className="toc">
      {articles.map((a) => (
        <li key={a.id}>
          {a.kicker && <p className="kicker">{a.kicker}</p>}
          <Title className="toc-title">
            <Link to="/issues/$issueId/$articleId" params={{ issueId, articleId: a.id }}>
              {a.title}
            </Link>
          </Title>
          {a.subtitle && <p className="subtitle">{a.subtitle}</p>}
          {a.byline && <p className="meta">{a.byline}</p>}
          <p className="toc-opening">{opening(a)}</p>
        </li>
      ))}
    </ol>
  );
}

/** 上一版 / 下一版 between the page sections of one issue. */
function PageSteps({ groups, at }: { groups: PageGroup[]; at: number }) {
  const prev = groups[at - 1];
  const next = groups[at + 1];
  const name = (g: PageGroup) => (g.page ? pageLabel(g.page) : "其他");
  return (
    <nav aria-label={`${name(groups[at])}：上一版、下一版`} className="page-steps no-print">
      {prev ? (
        <a href={`#${prev.anchor}`} className="button">
          ← 上一版<span className="sr-only">：</span>
          <span className="nav-title">{name(prev)}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={`#${next.anchor}`} className="button">
          下一版<span className="sr-only">：</span>
          <span className="nav-title">{name(next)}</span> →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** An issue's table of contents, by page (版面) where pages are known. */
export function IssueContents({ issue: index }: { issue: IssueIndex }) {
  const { issue, articles } = index;
  const groups = byPage<PublishedArticle | ArticleHead>(articles);
  const paged = groups.length > 1 || groups[0].page !== null;
  return (
    <section aria-labelledby="issue-title">
      <h1 id="issue-title" className="page-title">
        {issueLabel(issue)}
      </h1>
      <p className="text-muted">
        {issue.edition ? `${issue.edition} · ` : ""}本期 {articles.length} 篇{paged ? `，${groups.length} 个版面` : ""}
      </p>
      {/* The row keeps a button's height before the app knows of a Chinese voice: nothing below moves when one is found. */}
      <div className="article-actions listen-actions no-print">
        <ListenButton issue={index} at={0} article={() => loadArticleAt(index, 0)} issueMode label="朗读本期" />
      </div>
      {!paged && <Entries issueId={issue.id} articles={articles} label="本期目录" />}
      {paged && (
        <>
          <nav aria-label="版面" className="chips no-print">
            {groups.map((g) => (
              <a key={g.anchor} href={`#${g.anchor}`} className="chip">
                {g.page ? pageLabel(g.page) : "其他"}
              </a>
            ))}
          </nav>
          <ol aria-label="本期目录" className="pages">
            {groups.map((g, i) => (
              <li key={g.anchor} id={g.anchor} className="page-section">
                <h2 id={`${g.anchor}-title`} className="section-title">
                  {g.page ? pageLabel(g.page) : "其他"}
                </h2>
                <Entries issueId={issue.id} articles={g.articles} label={g.page ? pageLabel(g.page) : "其他"} under />
                <PageSteps groups={groups} at={i} />
              </li>
            ))}
          </ol>
        </>
      )}
      <IssueNav issue={index} />
    </section>
  );
}

import { createFileRoute, getRouteApi } from "@tanstack/react-router";
import { IssueNav } from "../app/issue-nav";
import { loadArticle } from "../app/data";
import { ArticleView } from "../app/article-view";
import { routeNotFound } from "../app/route-errors";
import { NotFound } from "../app/not-found";
import { ErrorView } from "../app/error-view";
import { validateHighlight } from "../app/search/search-params";
import { articleHead } from "../app/page-head";

export const Route = createFileRoute("/issues/$issueId/$articleId")({
  validateSearch: validateHighlight,
  loader: ({ params }) => loadArticle(params.issueId, params.articleId).catch(routeNotFound),
  head: ({ loaderData }) => (loaderData ? articleHead(loaderData.issue, loaderData.article) : {}),
  notFoundComponent: NotFound,
  errorComponent: ErrorView,
  component: ArticlePage,
});

const root = getRouteApi("__root__");

function ArticlePage() {
  const { issue, at, article } = Route.useLoaderData();
  const { hl } = Route.useSearch();
  return (
    <>
      <ArticleView key={article.id} issue={issue} at={at} article={article} highlight={hl} report={root.useLoaderData().report} />
      <div className="mx-auto max-w-2xl">
        <IssueNav issue={issue} />
      </div>
    </>
  );
}

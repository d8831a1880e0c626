import { createFileRoute, getRouteApi, notFound } from "@tanstack/react-router";
import { IssueNav } from "../app/issue-nav";
import { loadIssue } from "../app/data";
import { ArticleView } from "../app/article-view";
import { routeNotFound } from "../app/route-errors";
import { NotFound } from "../app/not-found";
import { ErrorView } from "../app/error-view";
import { validateHighlight } from "../app/search/search-params";
import { articleHead } from "../app/page-head";

export const Route = createFileRoute("/issues/$issueId/$articleId")({
  validateSearch: validateHighlight,
  loader: async ({ params }) => {
    const file = await loadIssue(params.issueId).catch(routeNotFound);
    const index = file.articles.findIndex((a) => a.id === params.articleId);
    if (index < 0) throw notFound();
    return { file, index };
  },
  head: ({ loaderData }) => (loaderData ? articleHead(loaderData.file, loaderData.index) : {}),
  notFoundComponent: NotFound,
  errorComponent: ErrorView,
  component: ArticlePage,
});

const root = getRouteApi("__root__");

function ArticlePage() {
  const { file, index } = Route.useLoaderData();
  const { hl } = Route.useSearch();
  return (
    <>
      <ArticleView key={file.articles[index].id} file={file} index={index} highlight={hl} />
      <div className="mx-auto max-w-2xl">
        <IssueNav catalog={root.useLoaderData()} issueId={file.issue.id} />
      </div>
    </>
  );
}

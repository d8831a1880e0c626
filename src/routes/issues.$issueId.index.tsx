import { createFileRoute } from "@tanstack/react-router";
import { loadIssue } from "../app/data";
import { IssueContents } from "../app/issue-contents";
import { routeNotFound } from "../app/route-errors";
import { NotFound } from "../app/not-found";
import { ErrorView } from "../app/error-view";
import { issueHead } from "../app/page-head";

export const Route = createFileRoute("/issues/$issueId/")({
  loader: ({ params }) => loadIssue(params.issueId).catch(routeNotFound),
  head: ({ loaderData }) => (loaderData ? issueHead(loaderData) : {}),
  notFoundComponent: NotFound,
  errorComponent: ErrorView,
  component: IssuePage,
});

function IssuePage() {
  return <IssueContents issue={Route.useLoaderData()} />;
}

import { createFileRoute, getRouteApi } from "@tanstack/react-router";
import { loadIssue } from "../app/data";
import { IssueContents } from "../app/issue-contents";
import { routeNotFound } from "../app/route-errors";

export const Route = createFileRoute("/issues/$issueId/")({
  loader: ({ params }) => loadIssue(params.issueId).catch(routeNotFound),
  component: IssuePage,
});

const root = getRouteApi("__root__");

function IssuePage() {
  return <IssueContents file={Route.useLoaderData()} catalog={root.useLoaderData()} />;
}

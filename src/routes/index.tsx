import { createFileRoute } from "@tanstack/react-router";
import { loadCatalog } from "../app/data";
import { IssueList } from "../app/issue-list";

export const Route = createFileRoute("/")({
  loader: () => loadCatalog(),
  component: Home,
});

function Home() {
  const catalog = Route.useLoaderData();
  return <IssueList issues={catalog.issues} />;
}

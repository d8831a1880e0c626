import { createFileRoute, getRouteApi } from "@tanstack/react-router";
import { validateHomeSearch } from "../app/home-search";
import { EmptyArchive, IssueList } from "../app/issue-list";
import { IssueCalendar } from "../app/issue-calendar";
import { PublicationFilter } from "../app/publication-filter";
import { filterIssues } from "../app/catalog";
import { formatDate } from "../app/format";

export const Route = createFileRoute("/")({
  validateSearch: validateHomeSearch,
  component: Home,
});

const root = getRouteApi("__root__");

function Home() {
  const catalog = root.useLoaderData();
  const { pub, date, month } = Route.useSearch();
  if (!catalog.issues.length) return <EmptyArchive />;
  const ofPub = filterIssues(catalog.issues, { pub });
  const shown = filterIssues(ofPub, { date });
  const title = [pub ?? "全部报纸", date ? formatDate(date) : null].filter(Boolean).join(" · ");
  return (
    <>
      <h1 className="page-title">各期报纸</h1>
      <PublicationFilter catalog={catalog} pub={pub} />
      <div className="home-grid">
        <IssueList issues={shown} title={title} />
        <IssueCalendar issues={ofPub} month={month ?? date?.slice(0, 7)} pub={pub} />
      </div>
    </>
  );
}

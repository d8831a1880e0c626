import { createFileRoute, getRouteApi } from "@tanstack/react-router";
import { loadMonth, validatePeriodSearch } from "../app/archive-data";
import { MonthPage } from "../app/month-page";
import { routeNotFound } from "../app/route-errors";
import { NotFound } from "../app/not-found";
import { ErrorView } from "../app/error-view";

export const Route = createFileRoute("/dates/$year/$month")({
  validateSearch: validatePeriodSearch,
  loader: ({ params }) => loadMonth(params.year, params.month).catch(routeNotFound),
  notFoundComponent: NotFound,
  errorComponent: ErrorView,
  component: Month,
});

const root = getRouteApi("__root__");

function Month() {
  const { key, issues } = Route.useLoaderData();
  const { pub, day } = Route.useSearch();
  return <MonthPage catalog={root.useLoaderData()} month={key} issues={issues} pub={pub} day={day} />;
}

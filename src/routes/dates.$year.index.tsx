import { createFileRoute, getRouteApi } from "@tanstack/react-router";
import { loadYear, validatePeriodSearch } from "../app/archive-data";
import { YearPage } from "../app/year-page";
import { routeNotFound } from "../app/route-errors";
import { NotFound } from "../app/not-found";
import { ErrorView } from "../app/error-view";

export const Route = createFileRoute("/dates/$year/")({
  validateSearch: validatePeriodSearch,
  loader: ({ params }) => loadYear(params.year).catch(routeNotFound),
  notFoundComponent: NotFound,
  errorComponent: ErrorView,
  component: Year,
});

const root = getRouteApi("__root__");

function Year() {
  const { year, periods } = Route.useLoaderData();
  return <YearPage catalog={root.useLoaderData()} year={year} periods={periods} pub={Route.useSearch().pub} />;
}

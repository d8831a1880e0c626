import { createFileRoute, getRouteApi } from "@tanstack/react-router";
import { validateHomeSearch } from "../app/home-search";
import { EmptyArchive } from "../app/issue-list";
import { HomeIssues } from "../app/home-issues";
import { HomeFiltered } from "../app/home-filtered";
import { loadHome } from "../app/home-data";
import { hasFilters, type FilterParams } from "../app/search/filter-params";
import type { SortOrder } from "../shared/search/sort";
import { routeHead, SITE_TITLE } from "../app/page-head";

export const Route = createFileRoute("/")({
  validateSearch: validateHomeSearch,
  loaderDeps: ({ search }) => ({ pub: search.pub, month: search.month, date: search.date }),
  loader: ({ deps }) => loadHome(deps),
  head: () => routeHead({ title: SITE_TITLE, description: "地方报纸数字档案：按期阅读、全文检索、按人物地点主题筛选。", path: "" }),
  component: Home,
});

const root = getRouteApi("__root__");

function Home() {
  const catalog = root.useLoaderData();
  // Undefined for a moment while a failed root load is retried.
  const data = Route.useLoaderData() as Awaited<ReturnType<typeof loadHome>> | undefined;
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  if (!catalog.total) return <EmptyArchive />;
  if (!data) return null;
  const filters: FilterParams = { tags: search.tags, from: search.from, to: search.to };
  const onFilters = (f: FilterParams) => void navigate({ search: { pub: search.pub, sort: search.sort, ...f } });
  const onSort = (sort: SortOrder) => void navigate({ search: (s) => ({ ...s, sort }), replace: true });
  if (hasFilters(filters))
    return <HomeFiltered key={JSON.stringify(filters)} filters={filters} onFilters={onFilters} sort={search.sort} onSort={onSort} />;
  return <HomeIssues catalog={catalog} search={search} latest={data.latest} month={data.month} onFilters={onFilters} />;
}

import { createFileRoute, getRouteApi } from "@tanstack/react-router";
import { validateHomeSearch } from "../app/home-search";
import { EmptyArchive } from "../app/issue-list";
import { HomeIssues } from "../app/home-issues";
import { HomeFiltered } from "../app/home-filtered";
import { hasFilters, type FilterParams } from "../app/search/filter-params";
import { routeHead, SITE_TITLE } from "../app/page-head";

export const Route = createFileRoute("/")({
  validateSearch: validateHomeSearch,
  head: () => routeHead({ title: SITE_TITLE, description: "地方报纸数字档案：按期阅读、全文检索、按人物地点主题筛选。", path: "" }),
  component: Home,
});

const root = getRouteApi("__root__");

function Home() {
  const catalog = root.useLoaderData();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  if (!catalog.issues.length) return <EmptyArchive />;
  const filters: FilterParams = { tags: search.tags, from: search.from, to: search.to };
  const onFilters = (f: FilterParams) => void navigate({ search: { pub: search.pub, ...f } });
  if (hasFilters(filters)) return <HomeFiltered key={JSON.stringify(filters)} filters={filters} onFilters={onFilters} />;
  return <HomeIssues catalog={catalog} search={search} onFilters={onFilters} />;
}

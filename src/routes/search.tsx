import { createFileRoute } from "@tanstack/react-router";
import { SearchPage } from "../app/search/search-page";
import { validateSearchParams } from "../app/search/search-params";
import { routeHead, SITE_NAME } from "../app/page-head";

export const Route = createFileRoute("/search")({
  validateSearch: validateSearchParams,
  head: ({ match }) =>
    routeHead({
      title: `${match.search.q ? `搜索「${match.search.q}」` : "搜索"} · ${SITE_NAME}`,
      description: "在地方报纸档案中全文搜索。",
      path: "search/",
    }),
  component: Search,
});

function Search() {
  const { q, page, tags, from, to, sort } = Route.useSearch();
  const navigate = Route.useNavigate();
  const pages = page ?? 1;
  return (
    <SearchPage
      q={q}
      filters={{ tags, from, to }}
      pages={pages}
      onFilters={(f) => void navigate({ search: { q, sort, ...f } })}
      sort={sort}
      onSort={(s) => void navigate({ search: (old) => ({ ...old, sort: s, page: undefined }), replace: true })}
      onMore={() => void navigate({ search: (s) => ({ ...s, page: pages + 1 }), replace: true })}
    />
  );
}

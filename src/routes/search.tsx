import { createFileRoute } from "@tanstack/react-router";
import { SearchPage } from "../app/search/search-page";
import { validateSearchParams } from "../app/search/search-params";

export const Route = createFileRoute("/search")({
  validateSearch: validateSearchParams,
  component: Search,
});

function Search() {
  const { q, page } = Route.useSearch();
  const navigate = Route.useNavigate();
  const pages = page ?? 1;
  return <SearchPage q={q} pages={pages} onMore={() => void navigate({ search: { q, page: pages + 1 }, replace: true })} />;
}

import { createFileRoute } from "@tanstack/react-router";
import { TagPage } from "../app/search/tag-page";
import { loadTagInfo } from "../app/data";
import { tagKey } from "../shared/search/tag-format";
import { validateFilters, validateSort } from "../app/search/filter-params";
import type { SortOrder } from "../shared/search/sort";

export const Route = createFileRoute("/tags/$label/$name")({
  validateSearch: (raw: Record<string, unknown>): { from?: string; to?: string; sort?: SortOrder } => {
    const { from, to } = validateFilters(raw);
    return { from, to, sort: validateSort(raw) };
  },
  // The tag's company and roles; the page does without them when they fail to load.
  loader: ({ params }) => loadTagInfo(tagKey(params.label, params.name)).catch(() => null),
  component: Tag,
});

function Tag() {
  const { label, name } = Route.useParams();
  const { from, to, sort } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <TagPage
      key={`${label}:${name}`}
      label={label}
      name={name}
      info={Route.useLoaderData()}
      dates={{ from, to }}
      sort={sort}
      onDates={(d) => void navigate({ search: (s) => ({ ...s, ...d }) })}
      onSort={(s) => void navigate({ search: (old) => ({ ...old, sort: s }), replace: true })}
    />
  );
}

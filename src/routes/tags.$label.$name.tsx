import { createFileRoute, notFound } from "@tanstack/react-router";
import { TagPage } from "../app/search/tag-page";
import { loadTagInfo } from "../app/data";
import { splitTag, tagKey } from "../shared/search/tag-format";
import { NotFound } from "../app/not-found";
import { routeHead, SITE_NAME } from "../app/page-head";
import { validateFilters, validateSort } from "../app/search/filter-params";
import type { SortOrder } from "../shared/search/sort";

export const Route = createFileRoute("/tags/$label/$name")({
  validateSearch: (raw: Record<string, unknown>): { from?: string; to?: string; sort?: SortOrder } => {
    const { from, to } = validateFilters(raw);
    return { from, to, sort: validateSort(raw) };
  },
  // A kind the archive does not have (/tags/garbage/x/) is the not-found page, head and all.
  beforeLoad: ({ params: { label, name } }) => {
    if (!splitTag(tagKey(label, name))) throw notFound();
  },
  // The tag's company and roles; the page does without them when they fail to load.
  loader: ({ params }) => loadTagInfo(tagKey(params.label, params.name)).catch(() => null),
  head: ({ params: { label, name } }) =>
    routeHead({
      title: `${label}：${name} · ${SITE_NAME}`,
      description: `${SITE_NAME}档案中与「${name}」（${label}）有关的文章，按时间从新到旧。`,
      path: `tags/${encodeURIComponent(label)}/${encodeURIComponent(name)}/`,
    }),
  notFoundComponent: NotFound,
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

import { createFileRoute, notFound } from "@tanstack/react-router";
import { TagPage } from "../app/search/tag-page";
import { NotFound } from "../app/not-found";
import { routeHead, SITE_NAME } from "../app/page-head";
import { splitTag, tagKey } from "../shared/search/tag-format";

export const Route = createFileRoute("/tags/$label/$name")({
  // A kind the archive does not have (/tags/garbage/x/) is the not-found page, head and all.
  beforeLoad: ({ params: { label, name } }) => {
    if (!splitTag(tagKey(label, name))) throw notFound();
  },
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
  return <TagPage key={`${label}:${name}`} label={label} name={name} />;
}

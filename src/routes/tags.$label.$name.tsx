import { createFileRoute } from "@tanstack/react-router";
import { TagPage } from "../app/search/tag-page";
import { routeHead, SITE_NAME } from "../app/page-head";

export const Route = createFileRoute("/tags/$label/$name")({
  head: ({ params: { label, name } }) =>
    routeHead({
      title: `${label}：${name} · ${SITE_NAME}`,
      description: `${SITE_NAME}档案中与「${name}」（${label}）有关的文章，按时间从新到旧。`,
      path: `tags/${encodeURIComponent(label)}/${encodeURIComponent(name)}/`,
    }),
  component: Tag,
});

function Tag() {
  const { label, name } = Route.useParams();
  return <TagPage key={`${label}:${name}`} label={label} name={name} />;
}

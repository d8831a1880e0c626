import { createFileRoute } from "@tanstack/react-router";
import { loadTagNames } from "../app/search/tag-names-client";
import { TagIndex } from "../app/tag-index";
import { ErrorView } from "../app/error-view";
import { routeHead, SITE_NAME } from "../app/page-head";

export const Route = createFileRoute("/tags/")({
  loader: () => loadTagNames(),
  head: () =>
    routeHead({ title: `标签 · ${SITE_NAME}`, description: "档案里的人物、地点、机构、主题和类型，按文章篇数排列。", path: "tags/" }),
  errorComponent: ErrorView,
  component: TagsPage,
});

function TagsPage() {
  return <TagIndex names={Route.useLoaderData()} />;
}

import { createFileRoute } from "@tanstack/react-router";
import { loadJson } from "../app/data";
import { lookupPaths, type TagNames } from "../shared/search/tag-lookup-paths";
import { TagIndex } from "../app/tag-index";
import { ErrorView } from "../app/error-view";
import { routeHead, SITE_NAME } from "../app/page-head";

export const Route = createFileRoute("/tags/")({
  loader: () => loadJson<TagNames>(lookupPaths.names()),
  head: () =>
    routeHead({ title: `标签 · ${SITE_NAME}`, description: "档案里的人物、地点、机构、主题和类型，按文章篇数排列。", path: "tags/" }),
  errorComponent: ErrorView,
  component: TagsPage,
});

function TagsPage() {
  return <TagIndex names={Route.useLoaderData()} />;
}

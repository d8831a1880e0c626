import { createFileRoute } from "@tanstack/react-router";
import { TagPage } from "../app/search/tag-page";

export const Route = createFileRoute("/tags/$label/$name")({
  component: Tag,
});

function Tag() {
  const { label, name } = Route.useParams();
  return <TagPage key={`${label}:${name}`} label={label} name={name} />;
}

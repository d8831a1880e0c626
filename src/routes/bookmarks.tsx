import { createFileRoute } from "@tanstack/react-router";
import { LibraryPage } from "../app/library/library-page";
import { bookmarks } from "../app/library/library";

export const Route = createFileRoute("/bookmarks")({
  component: () => (
    <LibraryPage list={bookmarks} title="收藏" fileName="bookmarks" empty="还没有收藏的文章。在文章页点「收藏」，它就会出现在这里。" />
  ),
});

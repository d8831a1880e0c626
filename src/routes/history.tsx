import { createFileRoute } from "@tanstack/react-router";
import { LibraryPage } from "../app/library/library-page";
import { history } from "../app/library/library";

export const Route = createFileRoute("/history")({
  component: () => (
    <LibraryPage list={history} title="最近阅读" fileName="history" empty="还没有读过的文章。读过的文章会按时间列在这里。" />
  ),
});

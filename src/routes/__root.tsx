import { createRootRoute, Outlet } from "@tanstack/react-router";
import { loadCatalog } from "../app/data";
import { NotFound } from "../app/not-found";
import { ErrorView } from "../app/error-view";
import { SiteHeader } from "../app/site-header";
import { UpdatePrompt } from "../app/update-prompt";
import { SITE_TITLE } from "../app/page-head";
import { ListenControls } from "../app/listen/listen-bar";

export const Route = createRootRoute({
  loader: () => loadCatalog(),
  head: () => ({ meta: [{ title: SITE_TITLE }] }),
  component: RootLayout,
  notFoundComponent: NotFound,
  errorComponent: RootError,
});

function RootLayout() {
  return (
    <>
      <a href="#main" className="skip-link">
        跳到正文
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="page">
        <Outlet />
      </main>
      <footer className="site-footer no-print">看报 · 地方报纸数字档案</footer>
      <ListenControls />
      <UpdatePrompt />
    </>
  );
}

/** The catalog itself failed: no layout to stand in, so the error brings its own landmark. */
function RootError(props: { error: unknown; reset: () => void }) {
  return (
    <main id="main" className="page">
      <ErrorView {...props} />
    </main>
  );
}

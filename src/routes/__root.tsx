import { createRootRoute, Outlet } from "@tanstack/react-router";
import { loadCatalog } from "../app/data";
import { NotFound } from "../app/not-found";
import { ErrorView } from "../app/error-view";
import { SiteHeader } from "../app/site-header";

export const Route = createRootRoute({
  loader: () => loadCatalog(),
  component: RootLayout,
  notFoundComponent: NotFound,
  errorComponent: ErrorView,
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
    </>
  );
}

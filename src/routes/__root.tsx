import { createRootRoute, Link, Outlet } from "@tanstack/react-router";
import { NotFound } from "../app/not-found";

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFound,
});

function RootLayout() {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        跳到正文
      </a>
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-3xl items-center gap-4 px-4 py-3">
          <Link to="/" className="font-serif text-2xl font-bold text-brand">
            看报
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-6">
        <Outlet />
      </main>
      <footer className="mx-auto max-w-3xl px-4 py-6 text-sm text-stone-600">看报 · 地方报纸数字档案</footer>
    </>
  );
}

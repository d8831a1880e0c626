import { createRouter, createMemoryHistory } from "@tanstack/react-router";
import { routeTree } from "../routeTree.gen";

export function createAppRouter(options: { initialPath?: string } = {}) {
  return createRouter({
    routeTree,
    basepath: import.meta.env.BASE_URL,
    scrollRestoration: true,
    defaultPreload: "intent",
    ...(options.initialPath ? { history: createMemoryHistory({ initialEntries: [options.initialPath] }) } : {}),
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

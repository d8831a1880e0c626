import { StrictMode, startTransition, useEffect } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { RouterProvider } from "@tanstack/react-router";
import { createAppRouter } from "./app/router";
import { applySettings, getSettings } from "./app/reading-settings";
import { registerServiceWorker } from "./app/service-worker";
import { RENDER_KEY_ATTR, renderKey } from "./app/render-key";
import { applyHead, documentHead } from "./app/document-head";
import "./styles.css";

const router = createAppRouter();
applySettings(getSettings());
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => applySettings(getSettings()));

const container = document.getElementById("app")!;

/** Marks the page as the app's (tests and tools wait for it). */
function Live() {
  useEffect(() => {
    container.setAttribute("data-live", "");
  }, []);
  return <RouterProvider router={router} />;
}

const app = (
  <StrictMode>
    <Live />
  </StrictMode>
);

// Title, canonical link and Open Graph tags follow every navigation.
router.subscribe("onResolved", () => applyHead(documentHead(router)));

// A task of its own: evaluating the modules and matching the route are each short, together they
// would hold a slow phone's main thread past the 50 ms that delays a tap.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

// The page's markup came from the same components at build time: once the app
// has loaded this route's data it hydrates that markup in place. A page that
// shows something else (a search URL, 404.html at a real route, the offline
// shell) is rendered afresh in one frame instead.
void nextTask()
  .then(() => router.load())
  .finally(() => {
    const prerendered = container.getAttribute(RENDER_KEY_ATTR) === renderKey(router);
    container.removeAttribute(RENDER_KEY_ATTR);
    applyHead(documentHead(router));
    if (prerendered) {
      // The router renders as it did at build time (no top-level suspense boundary).
      router.ssr = { manifest: undefined };
      // As a transition, hydration yields to the browser every few milliseconds instead of holding
      // the main thread for one long task (the page is already readable; a tap during it is replayed).
      startTransition(() => {
        hydrateRoot(container, app);
      });
    } else {
      const y = scrollY;
      flushSync(() => createRoot(container).render(app));
      // Keep the reader where they were; a link to a paragraph (#p3) keeps pointing at it.
      let id = location.hash.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // a malformed hash names no element
      }
      const target = id ? document.getElementById(id) : null;
      if (target) target.scrollIntoView({ block: "start" });
      else scrollTo(0, y);
    }
    registerServiceWorker();
  });

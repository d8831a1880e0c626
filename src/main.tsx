import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { RouterProvider } from "@tanstack/react-router";
import { createAppRouter } from "./app/router";
import { applySettings, getSettings } from "./app/reading-settings";
import { registerServiceWorker } from "./app/service-worker";
import "./styles.css";

const router = createAppRouter();
applySettings(getSettings());
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => applySettings(getSettings()));

const container = document.getElementById("app")!;
const prerendered = document.getElementById("prerender");
const root = createRoot(container);

// The page's prerendered content stays until the app has loaded this route and
// rendered it; then the two swap in one frame, so there is no flash.
void router.load().finally(() => {
  flushSync(() =>
    root.render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    ),
  );
  if (prerendered) {
    const y = scrollY;
    prerendered.remove();
    container.hidden = false;
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

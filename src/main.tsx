import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "@tanstack/react-router";
import { createAppRouter } from "./app/router";
import { applySettings, getSettings } from "./app/reading-settings";
import "./styles.css";

const router = createAppRouter();
applySettings(getSettings());
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => applySettings(getSettings()));

createRoot(document.getElementById("app")!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);

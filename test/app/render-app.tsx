import { render, waitFor } from "@testing-library/react";
import { expect } from "vitest";
import { RouterProvider } from "@tanstack/react-router";
import { vi } from "vitest";
import { buildContent, dataFiles } from "../../src/loader/build";
import { createAppRouter } from "../../src/app/router";
import { clearDataCache } from "../../src/app/data";
import { resetSiteData } from "../../src/app/search/site-fetch";
import { forgetResults } from "../../src/app/search/result-memory";
import { join } from "node:path";

/** The data files the loader builds from the bundled content, served to the app as the site would. */
export const siteData = dataFiles(buildContent(join(import.meta.dirname, "..", "..", "content")));

/** Serve `files` to `fetch` by path; anything else is a 404. Returns the requested paths. */
export function serve(files: Map<string, string | Uint8Array> = siteData, fail = new Set<string>()) {
  const requested: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    const path = String(url).replace(/^\//, "");
    requested.push(path);
    if (fail.has(path)) return new Response("boom", { status: 500 });
    const body = files.get(path);
    if (body === undefined) return new Response("not found", { status: 404 });
    return new Response(body as BodyInit, {
      headers: { "Content-Type": typeof body === "string" ? "application/json" : "application/octet-stream" },
    });
  });
  return requested;
}

export function renderAt(path: string) {
  clearDataCache();
  resetSiteData();
  forgetResults();
  const router = createAppRouter({ initialPath: path });
  return { router, ...render(<RouterProvider router={router} />) };
}

/** The results on screen are those of exactly `q`, not of a shorter query typed on the way. */
export const resultsOf = (q: string) =>
  waitFor(() => {
    const section = document.querySelector("section[data-done-q]");
    expect(section?.getAttribute("data-done-q")).toBe(q);
    expect(section?.getAttribute("aria-busy")).toBe("false");
  });

import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const ARTIFACTS = join(ROOT, "test-results");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The build under test: dist/, or another folder (`npm run test:stress` builds its own). */
export const DIST = process.env.KANBAO_E2E_DIST ?? join(ROOT, "dist");

/** Serve the production build in dist/ on a free local port. */
export async function serveDist(): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST} has no build: run \`npm run build\` first (npm test does)`);
  // The project's own config: clean URLs to prerendered pages, 404.html for the rest, the base path.
  const server = await preview({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    build: { outDir: DIST },
    preview: { port: 0, host: "127.0.0.1", strictPort: false },
    logLevel: "silent",
  });
  const url = server.resolvedUrls!.local[0];
  return { server, url };
}

/** How long a test waits for a state before failing (below the e2e test timeout, vitest.config.ts). */
const STATE_WAIT_MS = 90_000;

/** Debian's Chromium, headless, never a downloaded browser. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (.ci/run does)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  // Every wait is for a state; on a machine loaded many times over, reaching it can take longer than
  // Playwright's 30 s default. A longer limit changes nothing for a test that passes.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(STATE_WAIT_MS);
    return context;
  };
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.on("close", () => void context.close());
    return page;
  };
  return browser;
}

/** Collect console errors and page errors of a page, to assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

export interface Site {
  browser: Browser;
  url: string;
}

/** The production build served and Chromium launched for one test file, closed after it. */
export function useSite(): Site {
  const site = {} as Site;
  let server: PreviewServer | undefined;
  beforeAll(async () => {
    ({ server, url: site.url } = await serveDist());
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

export interface Opened {
  page: Page;
  /** Console and page errors. */
  errors: string[];
  /** Paths the page requested. */
  requests: string[];
}

/** The app has taken over the prerendered page (hydrated it, or rendered afresh): src/main.tsx marks #app. */
export const appReady = (page: Page) => page.waitForFunction(() => document.getElementById("app")?.hasAttribute("data-live"));

/**
 * The results of exactly `q` are on screen: not those of a shorter query typed on the way,
 * nor the previous results while the new ones load.
 */
export const searchDone = (page: Page, q: string) =>
  page.waitForFunction((q) => {
    const s = document.querySelector<HTMLElement>("section[data-done-q]");
    return s?.dataset.doneQ === q && s.getAttribute("aria-busy") === "false";
  }, q);

/** Nothing is loading (no `aria-busy`) and the fonts are in: layout and accessibility can be measured. */
export async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]') && document.fonts.status === "loaded");
}

/** `path` in a fresh browser context (no cache, no service worker from another test); with JavaScript, once the app has taken over. */
export async function openPage(
  site: Site,
  path: string,
  options: { width?: number; height?: number; javaScriptEnabled?: boolean } = {},
): Promise<Opened> {
  const { width = 1280, height = 900, javaScriptEnabled = true } = options;
  const context = await site.browser.newContext({ viewport: { width, height }, javaScriptEnabled });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(new URL(path, site.url).href);
  if (javaScriptEnabled) await appReady(page);
  return { page, errors, requests };
}

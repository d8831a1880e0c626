/// <reference lib="webworker" />
/**
 * The service worker: keeps the app shell, and every page and issue once read,
 * so they open offline. Navigations go to the network first; offline, a page
 * read before comes from the cache, any other from the app shell — never
 * another page's prerendered HTML. The search worker's script and the search
 * data are kept as they are used: data files named by their content hash never
 * change, so they come from the cache first; the entry that names them is
 * fetched fresh whenever the network answers.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";
import { ExpirationPlugin } from "workbox-expiration";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const SHELL = "app-shell.html";
// Bounded: the oldest pages and data files read go first.
const pages = new NetworkFirst({
  cacheName: "kanbao-pages",
  networkTimeoutSeconds: 4,
  plugins: [new ExpirationPlugin({ maxEntries: 300 })],
});
const data = new NetworkFirst({
  cacheName: "kanbao-data",
  networkTimeoutSeconds: 4,
  plugins: [new ExpirationPlugin({ maxEntries: 2000 })],
});

// Hashed search and tag data: immutable. Old builds' files age out of the bounded cache.
const HASHED = /\/data\/search\/.+\.[a-z2-7]{8}\.[^/]+$/;
const search = new CacheFirst({ cacheName: "kanbao-search", plugins: [new ExpirationPlugin({ maxEntries: 3000 })] });
// Scripts loaded after the shell (the search worker): their names carry a hash as well.
const assets = new CacheFirst({ cacheName: "kanbao-assets", plugins: [new ExpirationPlugin({ maxEntries: 100 })] });
const cacheFor = (url: URL) =>
  HASHED.test(url.pathname) ? "kanbao-search" : url.pathname.includes("/data/") ? "kanbao-data" : "kanbao-pages";

registerRoute(
  new NavigationRoute(async (options) => {
    try {
      const res = await pages.handle(options);
      if (res) return res;
    } catch {
      // offline and never read: the app shell below
    }
    return (await matchPrecache(SHELL)) ?? Response.error();
  }),
);
registerRoute(({ url }) => HASHED.test(url.pathname), search);
// Catalog, issues and the search entry: fresh when online, the last copy offline.
registerRoute(({ url }) => url.pathname.includes("/data/"), data);
registerRoute(
  ({ url, request }) => url.pathname.includes("/assets/") && (request.destination === "worker" || request.destination === "script"),
  assets,
);

// The page asks, once this worker controls it, to keep what it loaded before that.
self.addEventListener("message", (event) => {
  const msg = event.data as { type?: string; urls?: string[] } | null;
  if (msg?.type === "SKIP_WAITING") void self.skipWaiting();
  if (msg?.type === "CACHE_URLS" && Array.isArray(msg.urls)) {
    // One URL that fails does not keep the others.
    event.waitUntil(
      Promise.allSettled(
        msg.urls.map(async (u) => {
          const url = new URL(u, self.location.href);
          if (url.origin !== self.location.origin) return;
          const cache = await caches.open(cacheFor(url));
          const res = await fetch(url, { credentials: "same-origin" });
          if (res.ok) await cache.put(url, res);
        }),
      ),
    );
  }
});

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

import { Workbox } from "workbox-window";

export const UPDATE_EVENT = "kanbao:update";

/**
 * Register the service worker (production builds only). When a new version is
 * waiting, announce it; the page offers a reload. Once this worker controls the
 * page, ask it to keep the page and the data loaded before it took over.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  wb.addEventListener("waiting", () => {
    dispatchEvent(new CustomEvent(UPDATE_EVENT, { detail: () => wb.messageSkipWaiting() }));
  });
  wb.addEventListener("controlling", (e) => {
    if (e.isUpdate) location.reload();
  });
  const keep = () => {
    const loaded = performance
      .getEntriesByType("resource")
      .map((r) => r.name)
      .filter((u) => u.includes("/data/"));
    void wb.messageSW({ type: "CACHE_URLS", urls: [location.href, ...loaded] });
  };
  void wb.register().then(() => {
    if (navigator.serviceWorker.controller) keep();
    else navigator.serviceWorker.addEventListener("controllerchange", keep, { once: true });
  });
}

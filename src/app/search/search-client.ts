import type { SearchRequest, SearchResponse } from "./protocol";

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: SearchResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<SearchResponse>) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
    worker.onerror = () => {
      // The worker's script did not load: offline before it was ever kept, or a broken deploy.
      const error = navigator.onLine ? "搜索程序没能加载，请刷新页面再试。" : "现在处于离线状态，搜索程序还没有保存在本机，联网后再试。";
      for (const [id, done] of pending) done({ id, ok: false, error });
      pending.clear();
      worker = null;
    };
  }
  return worker;
}

/** Run a query (with filters) in the search worker: the page never stalls while it works. */
export function searchPage(req: Omit<SearchRequest, "id">): Promise<SearchResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    getWorker().postMessage({ ...req, id } satisfies SearchRequest);
  });
}

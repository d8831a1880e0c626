import type { SearchRequest, SearchResponse, WorkerRequest } from "./protocol";

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: SearchResponse) => void; reject: (e: Error) => void }>();

const aborted = () => new DOMException("superseded by a newer search", "AbortError");

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<SearchResponse>) => {
      pending.get(e.data.id)?.resolve(e.data);
      pending.delete(e.data.id);
    };
    worker.onerror = () => {
      // The worker's script did not load: offline before it was ever kept, or a broken deploy.
      const error = navigator.onLine ? "搜索程序没能加载，请刷新页面再试。" : "现在处于离线状态，搜索程序还没有保存在本机，联网后再试。";
      for (const [id, p] of pending) p.resolve({ id, ok: false, error });
      pending.clear();
      worker = null;
    };
  }
  return worker;
}

const post = (msg: WorkerRequest) => getWorker().postMessage(msg);

/**
 * Run a query (with filters) in the search worker: the page never stalls while it works.
 * Only the latest request is answered: an earlier one still waiting, or one whose
 * `signal` aborts, rejects with an AbortError and the worker drops it.
 */
export function searchPage(req: Omit<SearchRequest, "id">, signal?: AbortSignal): Promise<SearchResponse> {
  // Aborted before it was sent (its list moved on while this module loaded): it supersedes nothing.
  if (signal?.aborted) return Promise.reject(aborted());
  const id = nextId++;
  for (const p of pending.values()) p.reject(aborted());
  pending.clear();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    signal?.addEventListener(
      "abort",
      () => {
        if (!pending.delete(id)) return;
        reject(aborted());
        // Only a worker that exists has anything to drop.
        worker?.postMessage({ cancel: id } satisfies WorkerRequest);
      },
      { once: true },
    );
    post({ ...req, id });
  });
}

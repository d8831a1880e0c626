/** The search engine over a built site on disk: the `search` command and benchmarks use it. Node only. */
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { SearchEngine } from "../shared/search/engine";

/** Inflate gzip bytes; anything else is returned as it is. */
export const inflate = (b: Uint8Array) => (b[0] === 0x1f && b[1] === 0x8b ? new Uint8Array(gunzipSync(b)) : b);

export function diskEngine(siteDir: string, onFetch?: (path: string, bytes: number) => void): SearchEngine {
  return new SearchEngine(async (path) => {
    const raw = await readFile(join(siteDir, path));
    onFetch?.(path, raw.length);
    return inflate(raw);
  });
}

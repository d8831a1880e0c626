/** The search engine over a built site on disk: the `search` command and benchmarks use it. Node only. */
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { SearchEngine } from "../shared/search/engine";
import { DataSet, HttpError, type Fetch } from "../shared/search/data-set";

/** Inflate gzip bytes; anything else is returned as it is. */
export const inflate = (b: Uint8Array) => (b[0] === 0x1f && b[1] === 0x8b ? new Uint8Array(gunzipSync(b)) : b);

/** Files of the site in `siteDir`, as a host would serve them: a missing file is a 404. */
export function diskFetch(siteDir: string, onFetch?: (path: string, bytes: number) => void): Fetch {
  return async (path) => {
    let raw: Uint8Array;
    try {
      raw = await readFile(join(siteDir, path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new HttpError(path, 404);
      throw e;
    }
    onFetch?.(path, raw.length);
    return inflate(raw);
  };
}

export const diskEngine = (siteDir: string, onFetch?: (path: string, bytes: number) => void) =>
  new SearchEngine(new DataSet(diskFetch(siteDir, onFetch)));

/**
 * One build's search and tag data: reads the entry, turns logical paths into
 * hashed file names, and fetches each file once. A file the entry names that
 * the host no longer has means a newer build replaced this one: `SiteData`
 * then opens the newer build and runs the task again, never mixing the two.
 */
import { FORMAT_VERSION, familyOf, groupList, hashedName, type Entry } from "./entry";
import { SEARCH_DIR, paths } from "./format";

/** Fetch a file of the built site; `.gz` files come back inflated. `fresh` bypasses HTTP caches (the entry). */
export type Fetch = (path: string, fresh?: boolean) => Promise<Uint8Array>;

/** The host answered with an error status. */
export class HttpError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
  ) {
    super(`${path}: HTTP ${status}`);
  }
}

/** The host could not be reached (offline, or the connection failed). */
export class NetworkError extends Error {}

/** A file of this build is gone from the host: a newer build replaced it. */
export class StaleBuild extends Error {}

/** The data is of another format than this code reads: the page must be reloaded. */
export class FormatMismatch extends Error {}

/** A cached promise that fails is dropped from its cache, so the next query tries again. */
export function forgetOnFailure<T>(p: Promise<T>, forget: () => void): Promise<T> {
  p.catch(forget);
  return p;
}

const decoder = new TextDecoder();

export class DataSet {
  private entryP?: Promise<Entry>;
  private lists = new Map<string, Promise<string[]>>();
  private files = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly fetch: Fetch) {}

  entry(): Promise<Entry> {
    return (this.entryP ??= forgetOnFailure(
      this.fetch(paths.entry(), true).then((b) => {
        const e = JSON.parse(decoder.decode(b)) as Entry;
        if (e.version !== FORMAT_VERSION) throw new FormatMismatch(`search data format ${e.version}, this page reads ${FORMAT_VERSION}`);
        return e;
      }),
      () => (this.entryP = undefined),
    ));
  }

  private async hashOf(rel: string): Promise<string | undefined> {
    const e = await this.entry();
    const fam = familyOf(rel);
    if (!fam) return e.files[rel];
    const g = e.groups[fam.family];
    if (!g) return undefined;
    let hashes = g.hashes;
    if (!hashes) {
      let l = this.lists.get(fam.family);
      if (!l) {
        l = forgetOnFailure(
          this.fetchHashed(groupList(fam.family), g.list!).then((b) => JSON.parse(decoder.decode(b)) as string[]),
          () => this.lists.delete(fam.family),
        );
        this.lists.set(fam.family, l);
      }
      hashes = await l;
    }
    return hashes[Math.floor(fam.n / g.size)];
  }

  private async fetchHashed(rel: string, hash: string): Promise<Uint8Array> {
    try {
      return await this.fetch(`${SEARCH_DIR}/${hashedName(rel, hash)}`);
    } catch (e) {
      if (e instanceof HttpError && e.status === 404) throw new StaleBuild(`${rel} of build ${(await this.entry()).build} is gone`);
      throw e;
    }
  }

  /** The name on the host of a data file of this build, by its logical path. */
  async path(logical: string): Promise<string> {
    const rel = logical.slice(SEARCH_DIR.length + 1);
    const hash = await this.hashOf(rel);
    if (!hash) throw new HttpError(logical, 404);
    return `${SEARCH_DIR}/${hashedName(rel, hash)}`;
  }

  /** The bytes of a data file, by its logical path (`data/search/u/3.bin.gz`). */
  load(path: string): Promise<Uint8Array> {
    let f = this.files.get(path);
    if (!f) {
      f = forgetOnFailure(
        (async () => {
          const rel = path.slice(SEARCH_DIR.length + 1);
          const hash = await this.hashOf(rel);
          if (!hash) throw new HttpError(path, 404);
          return this.fetchHashed(rel, hash);
        })(),
        () => this.files.delete(path),
      );
      this.files.set(path, f);
    }
    return f;
  }

  json<T>(path: string): Promise<T> {
    return this.load(path).then((b) => JSON.parse(decoder.decode(b)) as T);
  }
}

/** The site's current build; a task that finds its build replaced runs once more on the newest one. */
export class SiteData {
  private current: DataSet;

  constructor(private readonly fetch: Fetch) {
    this.current = new DataSet(fetch);
  }

  async run<T>(task: (d: DataSet) => Promise<T>): Promise<T> {
    const d = this.current;
    try {
      return await task(d);
    } catch (e) {
      if (!(e instanceof StaleBuild)) throw e;
      const next = new DataSet(this.fetch);
      const [was, now] = await Promise.all([d.entry(), next.entry()]);
      // The same build with a file missing: a broken or half-finished upload, not ours to mend.
      if (was.build === now.build) throw e;
      if (this.current === d) this.current = next;
      return task(this.current);
    }
  }
}

/**
 * The search engine, the same in the browser (in a Web Worker) and in the
 * `search` command: fetches only the buckets its grams need, matches every term
 * exactly, ranks, and fetches article text only for the results asked for.
 */
import { bucketOf, gramKey, paths, type Fragment, type SearchMeta } from "./format";
import { intersectSorted, matchTerm, type Source, type TermMatch } from "./match";
import { readBucket, readPositionsDir, decodePosting, decodePositions, EMPTY, type Bucket, type Posting, type Positions } from "./postings";
import { ByteReader } from "./varint";
import { parseQuery } from "./query";
import { rank, type Hit } from "./rank";

export type { Hit };

/** Fetch a file of the built site; `.gz` files come back inflated. */
export type Load = (path: string) => Promise<Uint8Array>;

export interface SearchResult {
  /** The query as run (after traditional → simplified conversion, if that happened). */
  query: string;
  /** Set when the query was converted from traditional characters. */
  convertedFrom?: string;
  /** Normalised terms, for marking. */
  terms: string[];
  total: number;
  /** All matches, ranked. */
  hits: Hit[];
}

const decoder = new TextDecoder();

/** A cached promise that fails is dropped from its cache, so the next query tries again. */
export function forgetOnFailure<T>(p: Promise<T>, forget: () => void): Promise<T> {
  p.catch(forget);
  return p;
}

export class SearchEngine implements Source {
  private files = new Map<string, Promise<Uint8Array>>();
  private buckets = new Map<string, Promise<Bucket>>();
  private postings = new Map<string, Promise<Posting>>();
  private positions = new Map<string, Promise<Positions>>();
  private metaP?: Promise<SearchMeta>;
  private headsP?: Promise<Int32Array>;
  private t2sP?: Promise<Record<string, string>>;

  constructor(private readonly load: Load) {}

  private file(path: string): Promise<Uint8Array> {
    let f = this.files.get(path);
    if (!f) {
      f = this.load(path);
      this.files.set(path, f);
      f.catch(() => this.files.delete(path));
    }
    return f;
  }

  private json<T>(path: string): Promise<T> {
    return this.file(path).then((b) => JSON.parse(decoder.decode(b)) as T);
  }

  meta(): Promise<SearchMeta> {
    return (this.metaP ??= forgetOnFailure(this.json<SearchMeta>(paths.meta()), () => (this.metaP = undefined)));
  }

  /** Head length per doc: a match before it is a title (kicker, subtitle) hit. */
  heads(): Promise<Int32Array> {
    return (this.headsP ??= forgetOnFailure(
      this.file(paths.heads()).then((b) => {
        const r = new ByteReader(b);
        const out: number[] = [];
        while (r.pos < b.length) out.push(r.varint());
        return Int32Array.from(out);
      }),
      () => (this.headsP = undefined),
    ));
  }

  private bucket(path: string, bigram: boolean): Promise<Bucket> {
    let b = this.buckets.get(path);
    if (!b) {
      b = forgetOnFailure(
        this.file(path).then((buf) => readBucket(buf, bigram)),
        () => this.buckets.delete(path),
      );
      this.buckets.set(path, b);
    }
    return b;
  }

  /** Docs containing one gram (a single code point, or two). */
  posting(cps: number[]): Promise<Posting> {
    const key = gramKey(cps);
    const id = `${cps.length}:${key}`;
    let p = this.postings.get(id);
    if (!p) {
      p = this.meta().then(async (m) => {
        const bigram = cps.length === 2;
        const path = bigram ? paths.bigrams(bucketOf(key, m.buckets.b)) : paths.unigrams(bucketOf(key, m.buckets.u));
        const b = await this.bucket(path, bigram);
        const range = b.ranges.get(key);
        return range ? decodePosting(b.buf, range) : EMPTY;
      });
      this.postings.set(id, p);
      p.catch(() => this.postings.delete(id));
    }
    return p;
  }

  /** Positions of a bigram in each of its docs. */
  bigramPositions(cps: number[]): Promise<Positions> {
    const key = gramKey(cps);
    let p = this.positions.get(String(key));
    if (!p) {
      p = this.meta().then(async (m) => {
        const k = bucketOf(key, m.buckets.b);
        const [b, posting, buf] = await Promise.all([
          this.bucket(paths.bigrams(k), true),
          this.posting(cps),
          this.file(paths.positions(k)),
        ]);
        const i = b.order.indexOf(key);
        if (i < 0) return { at: new Int32Array(1), pos: new Int32Array(0) };
        return decodePositions(buf, readPositionsDir(buf)[i], posting);
      });
      this.positions.set(String(key), p);
      p.catch(() => this.positions.delete(String(key)));
    }
    return p;
  }

  fragment(doc: number): Promise<Fragment> {
    return this.json<Fragment>(paths.fragment(doc));
  }

  private t2s(): Promise<Record<string, string>> {
    return (this.t2sP ??= forgetOnFailure(this.json<Record<string, string>>(paths.t2s()), () => (this.t2sP = undefined)));
  }

  private async run(query: string): Promise<SearchResult> {
    const { terms } = parseQuery(query);
    if (!terms.length) return { query, terms, total: 0, hits: [] };
    const matches: TermMatch[] = [];
    for (const t of terms) {
      const m = await matchTerm(this, t, matches.length ? matches[matches.length - 1].docs : null);
      matches.push(m);
      if (!m.docs.length) return { query, terms, total: 0, hits: [] };
    }
    const docs = matches.map((m) => m.docs).reduce(intersectSorted);
    const hits = rank(docs, matches);
    return { query, terms, total: hits.length, hits };
  }

  /** All matches of `query`, ranked. A query in traditional characters with no match is tried in simplified ones. */
  async search(query: string): Promise<SearchResult> {
    const result = await this.run(query);
    if (result.total || !/\p{Script=Han}/u.test(query)) return result;
    const map = await this.t2s();
    const converted = [...query].map((c) => map[c] ?? c).join("");
    if (converted === query) return result;
    return { ...(await this.run(converted)), convertedFrom: query };
  }
}

/**
 * The search engine, the same in the browser (in a Web Worker) and in the
 * `search` command: fetches only the buckets its grams need, matches every term
 * exactly from positions, ranks the best few, and fetches article text only
 * for the results asked for.
 */
import { gramBuckets, gramKey, paths, type Fragment } from "./format";
import { intersectSorted, matchTerm, type Source, type TermMatch } from "./match";
import {
  readBucket,
  readPositionsDir,
  decodePosting,
  decodePositions,
  concatPostings,
  concatPositions,
  EMPTY,
  NO_POSITIONS,
  lowerBound,
  type Bucket,
  type Posting,
  type Positions,
} from "./postings";
import { forgetOnFailure, type DataSet } from "./data-set";
import { ByteReader } from "./varint";
import { parseQuery } from "./query";
import { rank, type Hit } from "./rank";

export type { Hit };

/** What a query matches, before ranking. */
export interface Matched {
  /** The query as run (after traditional → simplified conversion, if that happened). */
  query: string;
  /** Set when the query was converted from traditional characters. */
  convertedFrom?: string;
  /** Normalised terms, for marking. */
  terms: string[];
  /** Every matching doc, ascending. */
  docs: Int32Array;
  matches: TermMatch[];
}

export interface SearchResult extends Omit<Matched, "matches"> {
  total: number;
  /** The best matches, ranked: as many as asked for. */
  hits: Hit[];
}

const HAN = /\p{Script=Han}/u;

export class SearchEngine implements Source {
  private buckets = new Map<string, Promise<Bucket>>();
  private postings = new Map<string, Promise<Posting>>();
  private positions = new Map<string, Promise<Positions>>();
  private positionFiles = new Map<string, Promise<{ buf: Uint8Array; dir: [number, number][] }>>();
  private t2sCharsP?: Promise<Set<number>>;

  constructor(readonly data: DataSet) {}

  /** Cached by `id`: a promise that fails is dropped, so the next query tries again. */
  private cached<T>(cache: Map<string, Promise<T>>, id: string, make: () => Promise<T>): Promise<T> {
    let p = cache.get(id);
    if (!p) {
      p = forgetOnFailure(make(), () => cache.delete(id));
      cache.set(id, p);
    }
    return p;
  }

  private bucket(path: string, bigram: boolean): Promise<Bucket> {
    return this.cached(this.buckets, path, async () => readBucket(await this.data.load(path), bigram));
  }

  /** Docs containing one gram (a single code point, or two): its postings in every segment, as one. */
  posting(cps: number[]): Promise<Posting> {
    const key = gramKey(cps);
    const bigram = cps.length === 2;
    return this.cached(this.postings, `${cps.length}:${key}`, async () => {
      const e = await this.data.entry();
      const parts = gramBuckets(e.segments, cps).map(async ({ s, k }) => {
        const b = await this.bucket(bigram ? paths.bigrams(s, k) : paths.unigrams(s, k), bigram);
        const range = b.ranges.get(key);
        return range ? decodePosting(b.buf, range) : EMPTY;
      });
      return concatPostings(await Promise.all(parts));
    });
  }

  /** A positions file with the byte range of each of its grams. */
  private positionsFile(s: number, k: number): Promise<{ buf: Uint8Array; dir: [number, number][] }> {
    return this.cached(this.positionFiles, paths.positions(s, k), async () => {
      const [b, buf] = await Promise.all([this.bucket(paths.bigrams(s, k), true), this.data.load(paths.positions(s, k))]);
      return { buf, dir: readPositionsDir(buf, b) };
    });
  }

  /** Positions of a bigram in each of its docs, in every segment. */
  bigramPositions(cps: number[]): Promise<Positions> {
    const key = gramKey(cps);
    return this.cached(this.positions, String(key), async () => {
      const [e, posting] = await Promise.all([this.data.entry(), this.posting(cps)]);
      const starts = [0];
      for (const g of e.segments) starts.push(starts[starts.length - 1] + g.docs);
      const parts = gramBuckets(e.segments, cps).map(async ({ s, k }) => {
        // The segment's docs are a run of the gram's posting.
        const from = lowerBound(posting.docs, starts[s]);
        const to = lowerBound(posting.docs, starts[s + 1]);
        const [b, file] = await Promise.all([this.bucket(paths.bigrams(s, k), true), this.positionsFile(s, k)]);
        const range = b.ranges.get(key);
        if (!range) return NO_POSITIONS;
        const mine = { docs: posting.docs.subarray(from, to), meta: posting.meta.subarray(from, to) };
        return decodePositions(file.buf, file.dir[range[2]], mine);
      });
      return concatPositions(await Promise.all(parts));
    });
  }

  fragment(doc: number): Promise<Fragment> {
    return this.data.json<Fragment>(paths.fragment(doc));
  }

  /** The characters the traditional → simplified table maps. */
  private t2sChars(): Promise<Set<number>> {
    return (this.t2sCharsP ??= forgetOnFailure(
      this.data.load(paths.t2sChars()).then((b) => {
        const r = new ByteReader(b);
        const out = new Set<number>();
        for (let cp = 0; r.pos < b.length;) out.add((cp += r.varint()));
        return out;
      }),
      () => (this.t2sCharsP = undefined),
    ));
  }

  /** `query` in simplified characters, or null when the table maps none of its characters (then the table is not fetched). */
  private async simplified(query: string): Promise<string | null> {
    const mapped = await this.t2sChars();
    const cps = [...query].map((c) => c.codePointAt(0)!).filter((cp) => mapped.has(cp));
    if (!cps.length) return null;
    const parts = await Promise.all([...new Set(cps.map((cp) => paths.t2s(cp)))].map((p) => this.data.json<Record<string, string>>(p)));
    const map = Object.assign({}, ...parts) as Record<string, string>;
    return [...query].map((c) => map[c] ?? c).join("");
  }

  private async run(query: string): Promise<Matched> {
    const { terms } = parseQuery(query);
    const none = { query, terms, docs: new Int32Array(0), matches: [] };
    if (!terms.length) return none;
    const matches: TermMatch[] = [];
    for (const t of terms) {
      const m = await matchTerm(this, t, matches.length ? matches[matches.length - 1].docs : null);
      matches.push(m);
      if (!m.docs.length) return none;
    }
    return { query, terms, docs: matches.map((m) => m.docs).reduce(intersectSorted), matches };
  }

  /** Every match of `query`, unranked. A query in traditional characters with no match is tried in simplified ones. */
  async match(query: string): Promise<Matched> {
    const result = await this.run(query);
    if (result.docs.length || !HAN.test(query)) return result;
    const converted = await this.simplified(query);
    if (converted === null || converted === query) return result;
    return { ...(await this.run(converted)), convertedFrom: query };
  }

  /** The best `limit` matches of `query`, ranked, and how many there are. */
  async search(query: string, limit = Infinity): Promise<SearchResult> {
    const { matches, ...m } = await this.match(query);
    return { ...m, total: m.docs.length, hits: rank(m.docs, matches, limit) };
  }
}

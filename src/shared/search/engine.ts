/**
 * The search engine, the same in the browser (in a Web Worker) and in the
 * `search` command: fetches only the buckets its grams need, matches every term
 * exactly from positions, ranks the best few, and fetches article text only
 * for the results asked for.
 */
import { bucketOf, gramKey, paths, type Fragment } from "./format";
import { intersectSorted, matchTerm, type Source, type TermMatch } from "./match";
import { readBucket, readPositionsDir, decodePosting, decodePositions, EMPTY, type Bucket, type Posting, type Positions } from "./postings";
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

  private bucket(path: string): Promise<Bucket> {
    let b = this.buckets.get(path);
    if (!b) {
      b = forgetOnFailure(
        this.data.load(path).then((buf) => readBucket(buf, path.includes("/b/"))),
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
      p = forgetOnFailure(
        this.data.entry().then(async (e) => {
          const path = cps.length === 2 ? paths.bigrams(bucketOf(key, e.buckets.b)) : paths.unigrams(bucketOf(key, e.buckets.u));
          const b = await this.bucket(path);
          const range = b.ranges.get(key);
          return range ? decodePosting(b.buf, range) : EMPTY;
        }),
        () => this.postings.delete(id),
      );
      this.postings.set(id, p);
    }
    return p;
  }

  /** A positions file with the byte range of each of its grams. */
  private positionsFile(k: number): Promise<{ buf: Uint8Array; dir: [number, number][] }> {
    const path = paths.positions(k);
    let f = this.positionFiles.get(path);
    if (!f) {
      f = forgetOnFailure(
        Promise.all([this.bucket(paths.bigrams(k)), this.data.load(path)]).then(([b, buf]) => ({ buf, dir: readPositionsDir(buf, b) })),
        () => this.positionFiles.delete(path),
      );
      this.positionFiles.set(path, f);
    }
    return f;
  }

  /** Positions of a bigram in each of its docs. */
  bigramPositions(cps: number[]): Promise<Positions> {
    const key = gramKey(cps);
    const id = String(key);
    let p = this.positions.get(id);
    if (!p) {
      p = forgetOnFailure(
        this.data.entry().then(async (e) => {
          const k = bucketOf(key, e.buckets.b);
          const [b, posting, file] = await Promise.all([this.bucket(paths.bigrams(k)), this.posting(cps), this.positionsFile(k)]);
          const range = b.ranges.get(key);
          if (!range) return { at: new Int32Array(1), pos: new Int32Array(0), head: new Int32Array(0) };
          return decodePositions(file.buf, file.dir[range[2]], posting);
        }),
        () => this.positions.delete(id),
      );
      this.positions.set(id, p);
    }
    return p;
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

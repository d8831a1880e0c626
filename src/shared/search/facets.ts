/**
 * Filtering by tags and dates, and the counts the filter panel shows: every
 * chosen tag narrows (AND, across kinds too); counts follow the query and the
 * other chosen tags. Loads the small panel data at first use and a tag's doc
 * list only when the tag is chosen.
 */
import { ByteReader } from "./varint";
import { dayKey, splitTag, tagBucket, tagPaths, type TagBucket, type TagMeta } from "./tag-format";
import { intersectSorted } from "./match";
import { forgetOnFailure, type DataSet } from "./data-set";
import { tally, totals } from "./tally";

export interface Filters {
  tags: string[];
  /** YYYY-MM-DD or YYYY-MM, inclusive */
  from?: string;
  to?: string;
}

const decoder = new TextDecoder();

interface DocTags {
  at: Int32Array;
  idx: Int32Array;
  all?: Int32Array;
}

/** Panel tag counts over `docs` (ascending). */
function countTags(docs: Int32Array, t: DocTags, size: number): Int32Array {
  const n = t.at.length - 1;
  const add = (c: Int32Array, d: number, by: number) => {
    if (d >= 0 && d < n) for (let i = t.at[d]; i < t.at[d + 1]; i++) c[t.idx[i]] += by;
  };
  return tally(docs, n, size, add, () => (t.all ??= totals(n, size, add)));
}

export class Facets {
  private metaP?: Promise<TagMeta>;
  private docTagsP?: Promise<DocTags>;
  private datesP?: Promise<Int32Array>;
  private buckets = new Map<number, Promise<TagBucket>>();

  constructor(private readonly data: DataSet) {}

  meta(): Promise<TagMeta> {
    return (this.metaP ??= forgetOnFailure(
      this.data.load(tagPaths.meta()).then((b) => JSON.parse(decoder.decode(b)) as TagMeta),
      () => (this.metaP = undefined),
    ));
  }

  private docTags() {
    return (this.docTagsP ??= forgetOnFailure(
      this.data.load(tagPaths.docTags()).then((b) => {
        const r = new ByteReader(b);
        const at: number[] = [];
        const idx: number[] = [];
        while (r.pos < b.length) {
          at.push(idx.length);
          let prev = 0;
          for (let n = r.varint(); n > 0; n--) idx.push((prev += r.varint()));
        }
        at.push(idx.length);
        return { at: Int32Array.from(at), idx: Int32Array.from(idx) };
      }),
      () => (this.docTagsP = undefined),
    ));
  }

  private dates() {
    return (this.datesP ??= forgetOnFailure(
      this.data.load(tagPaths.docDates()).then((b) => {
        const r = new ByteReader(b);
        const out: number[] = [];
        let prev = 0;
        while (r.pos < b.length) {
          const z = r.varint();
          prev += z % 2 ? -(z + 1) / 2 : z / 2;
          out.push(prev);
        }
        return Int32Array.from(out);
      }),
      () => (this.datesP = undefined),
    ));
  }

  /** Every doc's issue date as a day key (0 when undated): for timelines and date order. */
  docDates(): Promise<Int32Array> {
    return this.dates();
  }

  /** Docs carrying `tag` (ascending), or null for a tag the archive does not have; a written form filed under another name gives that tag's. */
  async tagDocs(tag: string, follow = true): Promise<Int32Array | null> {
    if (!splitTag(tag)) return null;
    const m = await this.meta();
    const k = tagBucket(tag, m.buckets);
    let b = this.buckets.get(k);
    if (!b) {
      b = forgetOnFailure(
        this.data.load(tagPaths.bucket(k)).then((x) => JSON.parse(decoder.decode(x)) as TagBucket),
        () => this.buckets.delete(k),
      );
      this.buckets.set(k, b);
    }
    const docs = (await b)[tag];
    if (typeof docs === "string") return follow ? this.tagDocs(docs, false) : null;
    return docs ? Int32Array.from(docs) : null;
  }

  /** The docs allowed by the filters (ascending); `null` when nothing filters. Unknown tags are reported, not applied. */
  async allowed(f: Filters): Promise<{ docs: Int32Array | null; unknown: string[] }> {
    const unknown: string[] = [];
    let docs: Int32Array | null = null;
    for (const t of f.tags) {
      const d = await this.tagDocs(t);
      if (!d) unknown.push(t);
      else docs = docs ? intersectSorted(docs, d) : d;
    }
    if (f.from || f.to) {
      const dates = await this.dates();
      const lo = f.from ? dayKey(f.from) : -Infinity;
      const hi = f.to ? dayKey(f.to, true) : Infinity;
      const keep: number[] = [];
      const from = docs ?? Int32Array.from(dates.keys());
      // An undated (or year-less) issue is in no date range.
      for (const d of from) if (dates[d] > 0 && dates[d] >= lo && dates[d] <= hi) keep.push(d);
      docs = Int32Array.from(keep);
    }
    return { docs, unknown };
  }

  /** Panel tags with the number of `docs` carrying each (all docs when `docs` is null). */
  async counts(docs: Int32Array | null): Promise<{ t: string; c: number }[]> {
    const m = await this.meta();
    if (!docs) return m.panel;
    const c = countTags(docs, await this.docTags(), m.panel.length);
    return m.panel.map((p, i) => ({ t: p.t, c: c[i] })).filter((p) => p.c > 0);
  }
}

/**
 * Counting a set of docs by their keys, at a cost bounded by the smaller of the set and the
 * rest of the archive: a set holding most docs (a one-character query) is counted as the
 * totals minus the docs it leaves out.
 */

/** Adds doc `d`'s keys to the counts `c`, `by` times (a doc outside the archive as the caller decides). */
export type AddDoc = (c: Int32Array, d: number, by: number) => void;

/** Counts of each key (below `size`) over `docs` (ascending doc ids) of an archive of `n` docs. */
export function tally(docs: ArrayLike<number>, n: number, size: number, add: AddDoc, totals: () => Int32Array): Int32Array {
  if (docs.length * 2 > n) {
    const c = totals().slice();
    let j = 0;
    for (let d = 0; d < n; d++) {
      if (j < docs.length && docs[j] === d) j++;
      else add(c, d, -1);
    }
    // Every doc was met in order: the set was ascending and within the archive.
    if (j === docs.length) return c;
  }
  const c = new Int32Array(size);
  for (let i = 0; i < docs.length; i++) add(c, docs[i], 1);
  return c;
}

/** Counts of each key over every doc of the archive. */
export function totals(n: number, size: number, add: AddDoc): Int32Array {
  const c = new Int32Array(size);
  for (let d = 0; d < n; d++) add(c, d, 1);
  return c;
}

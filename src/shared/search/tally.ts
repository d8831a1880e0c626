/**
 * Counting a set of docs by a key per doc, at a cost bounded by the smaller of the set and the
 * rest of the archive: a set holding most docs (a one-character query) is counted as the
 * totals minus the docs it leaves out.
 */

/** Counts of each key over `docs` (ascending doc ids); `keys[d]` is doc d's key, below `size`. */
export function tally(docs: ArrayLike<number>, keys: ArrayLike<number>, size: number, totals: () => Int32Array): Int32Array {
  const n = keys.length;
  if (docs.length * 2 > n) {
    const c = totals().slice();
    let j = 0;
    for (let d = 0; d < n; d++) {
      if (j < docs.length && docs[j] === d) j++;
      else c[keys[d]]--;
    }
    // Every doc was met in order: the set was ascending and within the archive.
    if (j === docs.length) return c;
  }
  const c = new Int32Array(size);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    c[d >= 0 && d < n ? keys[d] : 0]++;
  }
  return c;
}

/** Counts of each key over every doc. */
export function totals(keys: ArrayLike<number>, size: number): Int32Array {
  const c = new Int32Array(size);
  for (let d = 0; d < keys.length; d++) c[keys[d]]++;
  return c;
}

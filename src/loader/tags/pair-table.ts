/**
 * A hash table from a pair of UTF-16 units (a phrase's first two characters) to
 * a number, for the phrase finder. Open addressing in typed arrays; in front of
 * it a 2^18-bit filter (32 KB, stays in the L1 cache) answers "no" for most
 * pairs of real text without touching the table.
 */
const FILTER_BITS = 18;
const hash = (key: number) => Math.imul(key, 0x9e3779b1) >>> 0;

export class PairTable {
  private filter = new Int32Array(1 << (FILTER_BITS - 5));
  private keys = new Uint32Array(16);
  private values = new Int32Array(16);
  /** log2 of the table's length: slots are the hash's top bits (its low bits depend on the low bits of the key only). */
  private bits = 4;
  private size = 0;

  /** The key of a pair; never 0 for a pair of real characters (0 marks an empty slot). */
  static key(a: number, b: number): number {
    return ((a << 16) | b) >>> 0;
  }

  set(key: number, value: number): void {
    if (key === 0) throw new Error("pair of NUL characters");
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const f = hash(key) >>> (32 - FILTER_BITS);
    this.filter[f >>> 5] |= 1 << (f & 31);
    const mask = this.keys.length - 1;
    let s = hash(key) >>> (32 - this.bits);
    while (this.keys[s] !== 0 && this.keys[s] !== key) s = (s + 1) & mask;
    if (this.keys[s] === 0) this.size++;
    this.keys[s] = key;
    this.values[s] = value;
  }

  /** False when the pair (a, b) is surely not in the table (the filter alone: no probe of the table). */
  mayHave(a: number, b: number): boolean {
    const f = hash(((a << 16) | b) >>> 0) >>> (32 - FILTER_BITS);
    return (this.filter[f >>> 5] & (1 << (f & 31))) !== 0;
  }

  /** The value of the pair (a, b), or -1. */
  get(a: number, b: number): number {
    const key = ((a << 16) | b) >>> 0;
    const h = hash(key);
    const f = h >>> (32 - FILTER_BITS);
    if ((this.filter[f >>> 5] & (1 << (f & 31))) === 0) return -1;
    const { keys } = this;
    const mask = keys.length - 1;
    for (let s = h >>> (32 - this.bits); keys[s] !== 0; s = (s + 1) & mask) if (keys[s] === key) return this.values[s];
    return -1;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.bits++;
    this.size = 0;
    for (let s = 0; s < keys.length; s++) if (keys[s] !== 0) this.set(keys[s], values[s]);
  }
}

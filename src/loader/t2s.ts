/** Traditional → simplified characters for search, taken from OpenCC at build time. Node only. */
import * as OpenCC from "opencc-js";

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

/**
 * Search normalisation, identical at build time and in the browser: each
 * character on its own through NFKC (full- and half-width forms become one),
 * then lower-cased (Latin case folded). Per character, so every position of
 * the normalised text maps back to one character of the original.
 */

const cache = new Map<string, string>();

/** The normalised form of one character (a code point); may be several code points, e.g. … → ... */
export function normChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  // Zero-width characters (kept in the text, see loader/lines.ts) are invisible: 高\u200b新区 is 高新区.
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff) return "";
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let n = cache.get(ch);
  if (n === undefined) {
    n = ch.normalize("NFKC").toLowerCase();
    cache.set(ch, n);
  }
  return n;
}

/** Normalised code points of `s`, and for each the UTF-16 range in `s` of the character it came from. */
export function normalizeWithMap(s: string): { cps: number[]; from: number[]; to: number[] } {
  const cps: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const ch of s) {
    for (const n of normChar(ch)) {
      cps.push(n.codePointAt(0)!);
      from.push(offset);
      to.push(offset + ch.length);
    }
    offset += ch.length;
  }
  return { cps, from, to };
}

export function normalize(s: string): string {
  let out = "";
  for (const ch of s) out += normChar(ch);
  return out;
}

export const NEWLINE = 10;

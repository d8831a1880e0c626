/** Scanning helpers shared by the extractors: names end where a function word or punctuation stands. */

// A proper name's prefix stops at these: prepositions, verbs of motion, particles.
const STOP = /[^\p{Script=Han}A-Za-z0-9()（）·]|[到在赴和与及等对向为由将把被是了的从于至以让使给跟同并而或即又也都就还把着过]/u;

// STOP per UTF-16 unit, worked out once per character: 0 unknown, 1 stop, 2 not.
const stopTable = new Uint8Array(0x10000);
/** True when the UTF-16 unit `code` cannot be part of a proper name (punctuation, a function word, a mask). */
export function isStopChar(code: number): boolean {
  let v = stopTable[code];
  if (v === 0) {
    v = STOP.test(String.fromCharCode(code)) ? 1 : 2;
    stopTable[code] = v;
  }
  return v === 1;
}

/**
 * The longest proper-name prefix of up to `max` characters that ends at `end`:
 * scan back until a stop character or a word from `cut`.
 */
export function prefixBefore(text: string, end: number, max: number, cut: RegExp | null = null): string {
  let start = end;
  while (start > 0 && end - start < max && !isStopChar(text.charCodeAt(start - 1))) start--;
  let prefix = text.slice(start, end);
  if (cut) {
    let last = -1;
    for (const m of prefix.matchAll(globalOf(cut))) last = m.index + m[0].length;
    if (last >= 0) prefix = prefix.slice(last);
  }
  return prefix;
}

const globals = new Map<RegExp, RegExp>();
const globalOf = (re: RegExp) => globals.get(re) ?? globals.set(re, new RegExp(re.source, "gu")).get(re)!;

/** What masked text holds instead: a noncharacter, never in real text, never part of a name. */
export const MASK = "\uffff";

/** Text with the spans `[start, end)` masked. */
export function maskSpans(text: string, spans: [number, number][]): string {
  if (!spans.length) return text;
  let out = "";
  let last = 0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (b <= last) continue;
    const from = Math.max(a, last);
    out += text.slice(last, from) + MASK.repeat(b - from);
    last = b;
  }
  return out + text.slice(last);
}

/** Replace every occurrence of `names` with a placeholder so later extractors do not see inside them. */
export function mask(text: string, names: string[]): string {
  if (!names.length) return text;
  const spans: [number, number][] = [];
  for (const n of names) for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length)) spans.push([at, at + n.length]);
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let last = 0;
  for (const [a, b] of spans) {
    if (b <= last) continue;
    const from = Math.max(a, last);
    out += text.slice(last, from) + MASK.repeat(b - from);
    last = b;
  }
  return out + text.slice(last);
}

/** Spans that hold no tags of their own: book and document titles 《…》, quoted app names “爱山东”APP. */
export function maskQuoted(text: string): string {
  const book = text.includes("《");
  const app = text.includes("APP") || text.includes("App") || text.includes("app") || text.includes("客户端");
  if (!book && !app) return text;
  return text.replace(book && app ? BOTH : book ? BOOK : APP, (m) => MASK.repeat(m.length));
}
const BOOK = /《[^》]*》/gu;
const APP = /“[^”]{1,12}”\s*(?:APP|App|app|客户端)/gu;
const BOTH = /《[^》]*》|“[^”]{1,12}”\s*(?:APP|App|app|客户端)/gu;

/** Short quoted spans (“情暖龙山、随手公益”, “辽源故事”): slogans, campaigns and names, whose places are not tagged. */
export function maskSlogans(text: string): string {
  return text.includes("“") ? text.replace(SLOGAN, (m) => MASK.repeat(m.length)) : text;
}
const SLOGAN = /“[^“”。！？!?]{1,14}”/gu;

/**
 * A reusable zeroed byte array per call site (marks of taken or covered characters): allocating a typed
 * array per article costs more than clearing one. Not for a caller that may run again before it is done.
 */
export class Scratch {
  private buf = new Uint8Array(4096);
  zeroed(length: number): Uint8Array {
    if (length > this.buf.length) this.buf = new Uint8Array(Math.max(length, 2 * this.buf.length));
    const v = this.buf.subarray(0, length);
    v.fill(0);
    return v;
  }
}

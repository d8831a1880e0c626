/** Scanning helpers shared by the extractors: names end where a function word or punctuation stands. */

// A proper name's prefix stops at these: prepositions, verbs of motion, particles.
export const STOP = /[^\p{Script=Han}A-Za-z0-9()（）·]|[到在赴和与及等对向为由将把被是了的从于至以让使给跟同并而或即又也都就还把着过]/u;

/**
 * The longest proper-name prefix of up to `max` characters that ends at `end`:
 * scan back until a stop character or a word from `cut`.
 */
export function prefixBefore(text: string, end: number, max: number, cut: RegExp | null = null): string {
  let start = end;
  while (start > 0 && end - start < max && !STOP.test(text[start - 1])) start--;
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

/** Replace the found spans with a placeholder so later extractors do not see inside them. */
export function mask(text: string, names: string[]): string {
  let out = text;
  for (const n of [...names].sort((a, b) => b.length - a.length)) out = out.split(n).join("〇".repeat(n.length));
  return out;
}

/** Spans that hold no tags of their own: book and document titles 《…》, quoted app names “爱山东”APP. */
export function maskQuoted(text: string): string {
  return text.replace(/《[^》]*》|“[^”]{1,12}”\s*(?:APP|App|app|客户端)/gu, (m) => "〇".repeat(m.length));
}

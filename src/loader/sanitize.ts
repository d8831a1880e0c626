/**
 * Characters no published field may hold: C0 and C1 control characters (tab
 * line feed and carriage return aside), lone surrogates and the non-characters U+FFFE/U+FFFF.
 * XML forbids most of them, so one of them in a title would break every feed.
 */

// With the u flag a surrogate range matches only lone surrogates (a pair is one code point).
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/gu;
const ILLEGAL_ONE = new RegExp(ILLEGAL.source, "u");

export const hasControl = (s: string) => ILLEGAL_ONE.test(s);

/** `s` without those characters, and the distinct ones it held, as U+XXXX. */
export function stripControl(s: string): { text: string; found: string[] } {
  if (!ILLEGAL_ONE.test(s)) return { text: s, found: [] };
  const found = new Set<string>();
  const text = s.replace(ILLEGAL, (c) => {
    found.add(`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    return "";
  });
  return { text, found: [...found].sort() };
}

/**
 * Walk a value (strings, arrays, plain objects) and strip those characters from
 * every string in place; returns the JSON paths of the strings that held any.
 */
export function sanitizeDeep(value: unknown, path = ""): string[] {
  const hits: string[] = [];
  const visit = (v: unknown, at: string, set: (s: string) => void) => {
    if (typeof v === "string") {
      const r = stripControl(v);
      if (r.found.length) {
        set(r.text);
        hits.push(`${at} (${r.found.join(", ")})`);
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${at}[${i}]`, (s) => (v[i] = s)));
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) visit(o[k], at ? `${at}.${k}` : k, (s) => (o[k] = s));
    }
  };
  visit(value, path, () => {});
  return hits;
}

import type { IssueFile } from "../shared/contract";

/**
 * The one string order of the build: by Unicode code point. Never `localeCompare`
 * or a collator: those follow LANG/LC_ALL, and a build must be byte-identical on
 * every machine (in a zh-CN locale 北 sorts before a; in C after z).
 */

// UTF-16 code units sort like code points except that surrogates (D800–DFFF)
// stand for code points above FFFF: move them above E000–FFFF.
const fix = (u: number) => (u >= 0xe000 ? u - 0x800 : u >= 0xd800 ? u + 0x2000 : u);

/** Compare two strings by code point; a comparator for `sort`. */
export function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fix(x) - fix(y);
  }
  return a.length - b.length;
}

/**
 * The archive's order of issues: newest first; year-less and undated issues last; then publication
 * and id, so the order is total.
 */
export function compareIssues(a: IssueFile, b: IssueFile): number {
  const key = (d: string | null) => (d && !d.startsWith("--") ? d : "");
  return (
    byCodePoint(key(b.issue.date), key(a.issue.date)) ||
    byCodePoint(a.issue.publication ?? "", b.issue.publication ?? "") ||
    byCodePoint(a.issue.id, b.issue.id)
  );
}

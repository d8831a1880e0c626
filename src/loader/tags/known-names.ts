/**
 * Names the archive already knows (found after a title somewhere) are people
 * wherever else they stand as a word of their own: 习近平强调…, 同普京会谈.
 */
import type { IssueFile } from "../../shared/contract";

// Around a known name: punctuation or the start, a preposition before, a verb or title after.
const BEFORE = /[^\p{Script=Han}]|[同与和向给对由及、会见看望致电信]$/u;
const AFTER = /^([^\p{Script=Han}]|来|到|在|出席|主持|参加|陪同|讲话|表示|指出|强调|宣布|会见|会谈|通电话|致电|致信|同|与|和|等|说|称|一行|主席|总书记|总统|总理|首相)/u;

export function propagateNames(issues: IssueFile[]): void {
  const known = new Set<string>();
  for (const f of issues) for (const a of f.articles) for (const p of a.tags.people) known.add(p);
  // Longer names first, and only names of two characters or more that are not inside a longer known one.
  const names = [...known].sort((x, y) => y.length - x.length);
  for (const f of issues) {
    for (const a of f.articles) {
      const text = [a.kicker, a.title, a.subtitle, ...a.paragraphs].filter(Boolean).join("\n");
      const found = new Map<string, number>();
      for (const p of a.tags.people) found.set(p, text.indexOf(p));
      for (const n of names) {
        if (found.has(n)) continue;
        for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
          const before = at === 0 ? "" : text[at - 1];
          if ((before === "" || BEFORE.test(before)) && AFTER.test(text.slice(at + n.length, at + n.length + 3) || "。")) {
            if (![...found.keys()].some((k) => k.includes(n))) found.set(n, at);
            break;
          }
        }
      }
      a.tags.people = [...found].sort((x, y) => x[1] - y[1]).map(([n]) => n);
    }
  }
}

/**
 * Names the archive already knows (found after a title somewhere) are people
 * wherever else they stand as a word of their own: 习近平强调…, 同普京会谈.
 */
import type { IssueFile } from "../../shared/contract";
import { PhraseFinder } from "./phrase-finder";

// Around a known name: punctuation or the start, a preposition before, a verb or title after.
const BEFORE = /[^\p{Script=Han}]|[同与和向给对由及、见望电信]/u;
const AFTER =
  /^([^\p{Script=Han}]|来|到|在|出席|主持|参加|陪同|讲话|表示|指出|强调|宣布|会见|会谈|通电话|致电|致信|同|与|和|等|说|称|一行|主席|总书记|总统|总理|首相)/u;

export function propagateNames(issues: IssueFile[]): void {
  const seen = new Map<string, number>();
  for (const f of issues) for (const a of f.articles) for (const p of a.tags.people) seen.set(p, (seen.get(p) ?? 0) + 1);
  // Names met after a title in two articles or more are safe to look for elsewhere.
  const known = [...seen].filter(([n, c]) => n.length >= 2 && c >= 2).map(([n]) => n);
  if (!known.length) return;
  // One pass per article finds every known name, leftmost-longest, so 宋晓磊 is never read as 晓磊.
  const finder = new PhraseFinder(known);
  for (const f of issues) {
    for (const a of f.articles) {
      const text = `${a.kicker ?? ""}\n${a.title}\n${a.subtitle ?? ""}\n${a.paragraphs.join("\n")}`;
      let added: string[] | null = null;
      for (const [at, n] of finder.find(text)) {
        if (a.tags.people.includes(n) || added?.includes(n)) continue;
        const before = at === 0 ? "" : text[at - 1];
        if ((before === "" || BEFORE.test(before)) && AFTER.test(text.slice(at + n.length, at + n.length + 3) || "。"))
          (added ??= []).push(n);
      }
      // Keep the order of first mention.
      if (added)
        a.tags.people = [...a.tags.people, ...added]
          .map((n) => [n, text.indexOf(n)] as const)
          .sort((x, y) => x[1] - y[1])
          .map(([n]) => n);
    }
  }
}

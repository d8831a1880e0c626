/**
 * Labels → articles: read headlines, bylines and paragraphs off the decoded
 * roles, page by page. Every line's text lands in an article or in the noise list.
 */
import { joinWrapped } from "../text";
import { layoutOf, roleOf, type Layout, type Role } from "./grammar";
import type { ModelLine } from "./model-lines";
import { bylineShape, MARK } from "./shapes";
import { pageOf, type PageInfo } from "./page-meta";

export interface Draft {
  /** Headline parts with their roles, in print order. */
  parts: { role: "kicker" | "title" | "subtitle"; text: string }[];
  byline: string | null;
  paragraphs: string[];
  page: PageInfo | null;
  /** Indices (into the model lines) of the article's lines. */
  members: number[];
  layout: Layout;
  /** The body has started (B: the headline closes the article). */
  hasBody: boolean;
}

export interface Assembled {
  drafts: Draft[];
  noise: string[];
  /** Indices of the page header lines. */
  pageLines: number[];
}

/**
 * Byline text without its mark and, on a byline's first line, the brackets around
 * it; marks the contract does not drop (●, ○, 口 …) go to noise. A later line keeps
 * its brackets: `（图/文）` is part of the credit.
 */
function bylineText(text: string, first: boolean, noise: string[]): string {
  // Zero-width characters before the mark stay in the byline (nothing is lost) but do not hide the mark.
  const lead = /^[\u200b-\u200d\u2060\ufeff]*/u.exec(text)![0];
  let t = text.slice(lead.length);
  const mark = MARK.exec(t)?.[1] ?? (/^口(?=\S)/u.test(t) && bylineShape(t.slice(1)) ? "口" : "");
  if (mark) {
    if (/[^□■◇◆☆★]/u.test(mark)) noise.push(mark);
    t = t.slice(t.indexOf(mark) + mark.length).trim();
  }
  if (first) {
    const m = /^([（(【[])\s*(.*?)\s*([）)】\]])$/u.exec(t);
    if (m) {
      if (m[1] === "【" || m[1] === "[") noise.push(m[1] + m[3]);
      t = m[2];
    }
  }
  // Not \s: it takes U+FEFF, which is text to keep (nothing is lost).
  return lead + t.replace(/[^\S\uFEFF]+/gu, " ");
}

export function assemble(lines: ModelLine[], states: number[]): Assembled {
  const drafts: Draft[] = [];
  const noise: string[] = [];
  const pageLines: number[] = [];
  let page: PageInfo | null = null;
  let cur: Draft | null = null;
  let prevRole: Role | null = null;
  const open = (layout: Layout): Draft => {
    cur = { parts: [], byline: null, paragraphs: [], page, members: [], layout, hasBody: false };
    drafts.push(cur);
    return cur;
  };
  const addByline = (d: Draft, text: string, cont: boolean) => {
    const b = bylineText(text, !cont, noise);
    d.byline = d.byline ? `${d.byline} ${b}` : b;
  };
  const bodyFollows = (i: number) => {
    let k = i + 1;
    while (k < states.length && roleOf(states[k]) === "byline+") k++;
    return k < states.length && roleOf(states[k]) === "pstart";
  };
  lines.forEach((l, i) => {
    const role = roleOf(states[i]);
    const layout = layoutOf(states[i]);
    const prev = prevRole;
    prevRole = role;
    if (role === "noise") {
      noise.push(l.text);
      return;
    }
    if (role === "page") {
      noise.push(l.text);
      pageLines.push(i);
      page = pageOf(l.text) ?? page;
      cur = null;
      return;
    }
    let d: Draft | null = cur;
    const headline = role === "kicker" || role === "title" || role === "subtitle" || role.endsWith("+");
    if (layout === "A") {
      const startsHead = (role === "kicker" || (role === "title" && prev !== "kicker" && prev !== "kicker+")) && true;
      if (startsHead || !d) d = open("A");
      // A second byline after a body, with a body after it: an article whose headline line was lost.
      else if (role === "byline" && d.hasBody && d.byline !== null && bodyFollows(i)) d = open("A");
    } else {
      const body = role === "pstart" || role === "pcont" || role === "credit" || role === "credit+";
      if (!d || (body && d.parts.length > 0)) d = open("B");
    }
    d.members.push(i);
    if (headline && !role.startsWith("byline") && !role.startsWith("credit")) {
      if (role.endsWith("+") && d.parts.length) {
        const last = d.parts[d.parts.length - 1];
        last.text = joinWrapped(last.text, l.text);
      } else d.parts.push({ role: role.replace("+", "") as "kicker" | "title" | "subtitle", text: l.text });
      return;
    }
    if (role === "byline" || role === "byline+" || role === "credit" || role === "credit+") {
      addByline(d, l.text, role.endsWith("+"));
      return;
    }
    d.hasBody = true;
    const ps = d.paragraphs;
    if (role === "pstart" || !ps.length) ps.push(l.text);
    else ps[ps.length - 1] = l.virtual ? ps[ps.length - 1] + l.sep + l.text : joinWrapped(ps[ps.length - 1], l.text);
  });
  return { drafts, noise, pageLines };
}

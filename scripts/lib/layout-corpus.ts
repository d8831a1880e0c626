/**
 * Lay corpus stories out as raw newspaper issues in layouts A, B and C, with
 * the split a perfect loader would produce (the generated truth).
 */
import type { Story } from "./corpus";

export interface TruthArticle {
  headline: string[];
  byline: string | null;
  paragraphs: string[];
}
export interface RawIssue {
  name: string;
  layout: "A" | "B" | "C";
  text: string;
  truth: TruthArticle[];
}

const NAMES = ["王明", "李华", "张丽", "刘正航", "程修建", "孟潇", "侯汶利", "梁晓雨", "赵磊", "陈静"];

const paragraphs = (body: string) => body.split("\n").map((p) => p.trim()).filter(Boolean);
const chars = (s: string) => [...s];

/**
 * Hard-wrap a paragraph at `width` characters, as print extraction does; a
 * Latin word or number is never split, and a space at a break is dropped.
 */
function wrap(p: string, width: number): string[] {
  const tokens = p.match(/[A-Za-z0-9.%]+|\s|./gu) ?? [];
  const out: string[] = [];
  let line = "";
  for (const t of tokens) {
    if (chars(line).length + chars(t).length > width && line) {
      out.push(line.trimEnd());
      line = t === " " ? "" : t;
    } else line += t;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

function layoutA(stories: Story[], rnd: () => number): { text: string; truth: TruthArticle[] } {
  const out: string[] = ["看报APP", ""];
  const truth: TruthArticle[] = [];
  for (const s of stories) {
    const byline = `记者 ${NAMES[Math.floor(rnd() * NAMES.length)]}`;
    const ps = paragraphs(s.body);
    out.push(s.title, "", `□${byline}`, "");
    for (const p of ps) out.push(p, "");
    truth.push({ headline: [s.title], byline, paragraphs: ps });
  }
  return { text: out.join("\n"), truth };
}

function layoutB(stories: Story[], rnd: () => number, indent: boolean): { text: string; truth: TruthArticle[] } {
  const out: string[] = [];
  const truth: TruthArticle[] = [];
  for (const s of stories) {
    const width = 20 + Math.floor(rnd() * 10);
    const name = NAMES[Math.floor(rnd() * NAMES.length)];
    const ps = paragraphs(s.body);
    ps.forEach((p, i) => {
      const lines = wrap(p, width);
      if (indent) lines[0] = `\u3000\u3000${lines[0]}`;
      // Now and then a column break: a blank line inside the paragraph.
      if (lines.length > 3 && rnd() < 0.2) lines.splice(1 + Math.floor(rnd() * (lines.length - 2)), 0, "");
      if (i === ps.length - 1 && rnd() < 0.5) lines[lines.length - 1] += ` （${name}）`;
      out.push(...lines);
      if (!indent) out.push("");
    });
    if (!out[out.length - 1]?.includes(`（${name}）`) && !out[out.length - 2]?.includes(`（${name}）`)) out.push(`（${name}）`, ...(indent ? [] : [""]));
    // Long titles wrap over two lines in print.
    const t = chars(s.title);
    const titleLines = t.length > 24 ? [t.slice(0, Math.ceil(t.length / 2)).join(""), t.slice(Math.ceil(t.length / 2)).join("")] : [s.title];
    out.push(...titleLines, ...(indent ? [] : [""]));
    truth.push({ headline: [s.title], byline: name, paragraphs: ps });
  }
  return { text: out.join("\n"), truth };
}

/** One issue per group of stories, cycling through the layouts. */
export function layOut(groups: Story[][], seed: () => number): RawIssue[] {
  return groups.map((stories, i) => {
    const layout = (["A", "B", "C"] as const)[i % 3];
    const { text, truth } = layout === "A" ? layoutA(stories, seed) : layoutB(stories, seed, layout === "C");
    return { name: `${stories[0].issue}.txt`, layout, text, truth };
  });
}

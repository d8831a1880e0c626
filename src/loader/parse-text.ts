/** One raw issue text → articles, noise and warnings. */
import { toLines, type Line } from "./lines";
import { detectLayout, type LayoutGuess } from "./layout";
import { segmentHeadlineFirst } from "./segment-headline-first";
import { segmentBodyFirst } from "./segment-body-first";
import { toParagraphs } from "./paragraphs";
import { assignRoles, headlineParts } from "./headline";
import { isNoise } from "./patterns";
import type { Segment } from "./segment";

export interface ParsedArticle {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  paragraphs: string[];
}

export interface ParsedText {
  layout: LayoutGuess;
  articles: ParsedArticle[];
  noise: string[];
  warnings: string[];
}

/** A page mark or promo line standing alone between blank lines inside a body. */
function strayNoise(body: Line[], i: number): boolean {
  const next = body[i + 1];
  return isNoise(body[i].text) && body[i].blankBefore > 0 && (!next || next.blankBefore > 0);
}

function toArticle(seg: Segment, layout: LayoutGuess, noise: string[], warnings: string[]): ParsedArticle | null {
  const body = seg.body.filter((l, i) => {
    if (!strayNoise(seg.body, i)) return true;
    noise.push(l.text);
    return false;
  });
  const paragraphs = toParagraphs(body, { wrapped: layout.wrapped, indent: layout.indent });
  const parts = headlineParts(seg.headline, layout.wrapped);
  if (!paragraphs.length) {
    // A headline with nothing under it is not an article; keep its text.
    noise.push(...parts);
    if (seg.byline) noise.push(seg.byline);
    if (parts.length || seg.byline) warnings.push(`line ${seg.headline[0]?.no ?? "?"}: a headline or byline with no text under it`);
    return null;
  }
  const h = assignRoles(parts);
  let title = h.title;
  if (!title) {
    // No headline printed: the first sentence stands in, and the editor is told.
    title = paragraphs[0].split(/(?<=[。！？!?])/u)[0].slice(0, 40);
    warnings.push(`line ${body[0].no}: an article without a headline; its first words stand in as title`);
  }
  return { kicker: h.kicker, title, subtitle: h.subtitle, byline: seg.byline, paragraphs };
}

export function parseText(text: string): ParsedText {
  const lines = toLines(text);
  const layout = detectLayout(lines);
  const seg = layout.headlineFirst ? segmentHeadlineFirst(lines) : segmentBodyFirst(lines, layout.indent);
  const noise = seg.noise.map((l) => l.text);
  const warnings = [...seg.warnings];
  const articles: ParsedArticle[] = [];
  for (const s of seg.segments) {
    const a = toArticle(s, layout, noise, warnings);
    if (a) articles.push(a);
  }
  return { layout, articles, noise, warnings };
}

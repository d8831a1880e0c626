/**
 * Layout B: body first (hard-wrapped), then the byline `（X）` on its own line
 * or at the end of the last body line, then the headline on one to three lines.
 */
import type { Line } from "./lines";
import { isNoise, ownLineByline, trailingByline, namesRole, isPhotoCredit } from "./patterns";
import { isHeadlineLine } from "./headline";
import { blocks, withText, type Segment, type Segmentation } from "./segment";

const MAX_HEADLINE_LINES = 3;

/** A headline line of layout B: also no full stop inside and no comma-separated clauses, which only body lines have. */
function headlineLike(line: Line): boolean {
  return isHeadlineLine(line) && !/[。；;]/u.test(line.text) && !(/[，,]/u.test(line.text) && [...line.text].length > 20);
}

/**
 * Index after the headline that follows the byline at `at`: up to three short
 * lines in blocks of at most two or, where paragraphs are marked by indents,
 * the unindented lines before the next indented one.
 */
function headlineAfter(lines: Line[], at: number, indent: boolean): number {
  let end = at + 1;
  if (indent) {
    while (end < lines.length && end - at <= MAX_HEADLINE_LINES && headlineLike(lines[end])) end++;
    return end === lines.length || lines[end].indent ? end : at + 1;
  }
  for (const block of blocks(lines, at + 1)) {
    const taken = end - (at + 1);
    if (block.length > 2 || taken + block.length > MAX_HEADLINE_LINES || !block.every(headlineLike)) break;
    end += block.length;
  }
  return end;
}

interface Anchor {
  at: number;
  byline: string;
  /** The body text left on the byline's line, if the byline was glued to it. */
  before: string | null;
  headlineEnd: number;
}

function findAnchors(lines: Line[], indent: boolean): Anchor[] {
  const anchors: Anchor[] = [];
  lines.forEach((line, i) => {
    const own = ownLineByline(line.text);
    const glued = own ? null : trailingByline(line.text);
    const byline = own ?? glued?.byline;
    if (!byline) return;
    const headlineEnd = headlineAfter(lines, i, indent);
    // A bracket at a paragraph's end is a byline when a headline follows it, or when it names a role.
    if (headlineEnd === i + 1 && i + 1 < lines.length && !namesRole(byline) && !isPhotoCredit(byline)) return;
    anchors.push({ at: i, byline, before: glued?.before ?? null, headlineEnd });
  });
  return anchors;
}

export function segmentBodyFirst(lines: Line[], indent = false): Segmentation {
  const anchors = findAnchors(lines, indent);
  const warnings: string[] = [];
  const noise: Line[] = [];
  const segments: Segment[] = [];
  let cursor = 0;
  // Masthead and page marks above the first body.
  while (cursor < lines.length && isNoise(lines[cursor].text)) noise.push(lines[cursor++]);
  for (const a of anchors) {
    const body = lines.slice(cursor, a.at);
    if (a.before) body.push(withText(lines[a.at], a.before));
    const headline = lines.slice(a.at + 1, a.headlineEnd);
    if (!headline.length) warnings.push(`line ${lines[a.at].no}: no headline after the byline （${a.byline}）`);
    if (!body.length) warnings.push(`line ${lines[a.at].no}: a byline with no text above it`);
    segments.push({ headline, byline: a.byline, body });
    cursor = a.headlineEnd;
  }
  const rest = lines.slice(cursor);
  if (rest.length && rest.every((l) => isNoise(l.text))) noise.push(...rest);
  else if (rest.length) {
    warnings.push(`line ${rest[0].no}: text after the last headline has no byline or headline of its own`);
    segments.push({ headline: [], byline: null, body: rest });
  }
  return { segments, noise, warnings };
}

/**
 * Layout B: body first (hard-wrapped), then the byline `（X）` on its own line
 * or at the end of the last body line, then the headline on one to three lines.
 */
import type { Line } from "./lines";
import { isNoise, ownLineByline, trailingByline, namesRole, isPhotoCredit } from "./patterns";
import { isHeadlineLine } from "./headline";
import { withText, type Segment, type Segmentation } from "./segment";
import { endsSentence } from "./text";
import { append } from "./arrays";

const MAX_HEADLINE_LINES = 3;

/**
 * A headline line of layout B: also no comma-separated clauses, which body
 * lines have; a comma only in a short line, and only in the
 * part right under the byline (a later block with a comma is the next body).
 * A line that runs on into the next headline line may end on a colon or an
 * enumeration comma (新华社长篇通讯： / 又乘春风浩荡时). Where the next indent
 * bounds the headline (`bounded`), a comma in it is the headline's own.
 */
function headlineLike(line: Line, later: boolean, last: boolean, bounded = false): boolean {
  const ok = isHeadlineLine(line) || (!last && /[、：:]$/u.test(line.text) && isHeadlineLine({ ...line, text: line.text.slice(0, -1) }));
  return ok && (bounded || !/[，,]/u.test(line.text) || (!later && [...line.text].length <= 20));
}

/**
 * A block after the headline's first part that is really the start of the next
 * body, cut off by a column break: its first line a few units short of the line
 * after it (the dropped paragraph indent); one line alone must run on after the
 * break, two lines must be followed by more text as wide or a paragraph's end.
 */
function bodyStart(lines: Line[], from: number, stop: number): boolean {
  const a = lines[from];
  const b = lines[from + 1];
  // Spaced phrases are headline style: 冰雪运动跨越式发展 “冷资源”释放“热动力”.
  if (!b || a.width < b.width - 6 || a.width >= b.width || /[^\x00-\x7f] [^\x00-\x7f]/u.test(a.text)) return false;
  const n = lines[stop === from + 1 ? from + 2 : stop];
  if (!n) return false;
  if (stop === from + 1) return n.blankBefore === 0 && !endsSentence(b.text);
  return stop === from + 2 && (endsSentence(n.text) || Math.abs(b.width - n.width) <= 3);
}

/**
 * Index after the headline that follows the byline at `at`: up to three short
 * lines in blocks between blank lines or, where paragraphs are marked by
 * indents, the unindented lines before the next indented one.
 */
function headlineAfter(lines: Line[], at: number, indent: boolean): number {
  let end = at + 1;
  if (indent) {
    while (
      end < lines.length &&
      end - at <= MAX_HEADLINE_LINES &&
      !lines[end].indent &&
      headlineLike(lines[end], false, lines[end + 1]?.indent !== false, true)
    )
      end++;
    return end === lines.length || lines[end].indent ? end : at + 1;
  }
  while (end < lines.length) {
    const taken = end - (at + 1);
    let stop = end + 1;
    while (stop < lines.length && lines[stop].blankBefore === 0 && stop - end <= MAX_HEADLINE_LINES) stop++;
    if (taken + stop - end > MAX_HEADLINE_LINES) break;
    let ok = true;
    for (let k = end; k < stop && ok; k++) ok = headlineLike(lines[k], taken > 0, k === stop - 1);
    if (!ok || (taken > 0 && bodyStart(lines, end, stop))) break;
    end = stop;
  }
  return end > at + 1 ? end : headlineWithoutBlanks(lines, at);
}

/**
 * Where no blank line sets the headline apart, its lines are the short ones
 * between the byline and the next body, whose lines are a column wide.
 */
function headlineWithoutBlanks(lines: Line[], at: number): number {
  let most = at + 1;
  while (
    most < lines.length &&
    most - at <= MAX_HEADLINE_LINES &&
    lines[most].blankBefore === 0 &&
    headlineLike(lines[most], most > at + 1, false)
  )
    most++;
  // The longest run of candidates that are all clearly narrower than the body after them.
  for (let end = most; end > at + 1; end--) {
    if (end === lines.length) return end;
    const column = Math.max(...lines.slice(end, end + 3).map((l) => l.width));
    if (lines.slice(at + 1, end).every((l) => l.width <= column * NARROWER)) return end;
  }
  return at + 1;
}
// A headline line is at most this share of the next body's column.
const NARROWER = 0.85;

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
  if (rest.length && rest.every((l) => isNoise(l.text))) append(noise, rest);
  else if (rest.length) {
    warnings.push(`line ${rest[0].no}: text after the last headline has no byline or headline of its own`);
    segments.push({ headline: [], byline: null, body: rest });
  }
  return { segments, noise, warnings };
}

/**
 * Layouts A and C: headline, then `□记者 X` (or 本报讯), then the body; photo
 * stories have no byline under the headline and end with a credit `(记者 X 摄)`.
 */
import type { Line } from "./lines";
import { boxByline, isNoise, isPhotoCredit, namesRole, ownLineByline } from "./patterns";
import { isHeadlineLine } from "./headline";
import { endsSentence } from "./text";
import type { Segment, Segmentation } from "./segment";
import { append } from "./arrays";

const MAX_HEADLINE_LINES = 3;

interface Anchor {
  /** Index of the byline line, or of the 本报讯 line when there is no byline. */
  at: number;
  byline: string | null;
  bodyFrom: number;
}

function findAnchors(lines: Line[]): Anchor[] {
  const anchors: Anchor[] = [];
  lines.forEach((line, i) => {
    const box = boxByline(line.text);
    const last = anchors[anchors.length - 1];
    // A byline on two lines (□记者 X / □通讯员 Y) is one byline.
    if (box && last?.byline && last.bodyFrom === i) {
      last.byline = `${last.byline} ${box}`;
      last.bodyFrom = i + 1;
    } else if (box) anchors.push({ at: i, byline: box, bodyFrom: i + 1 });
    else if (/^本报讯/u.test(line.text) && !(i > 0 && boxByline(lines[i - 1].text))) {
      anchors.push({ at: i, byline: null, bodyFrom: i });
    }
  });
  return anchors;
}

/** Start of the headline lines directly above `at`, not reaching back past `floor`. */
function headlineAbove(lines: Line[], at: number, floor: number): number {
  let start = at;
  while (start - 1 >= floor && at - (start - 1) <= MAX_HEADLINE_LINES && isHeadlineLine(lines[start - 1])) start--;
  return start;
}

/** End (exclusive) of the headline run starting at `from`. */
function headlineRun(lines: Line[], from: number, to: number): number {
  let e = from;
  while (e < to && e - from < MAX_HEADLINE_LINES && isHeadlineLine(lines[e])) e++;
  return e;
}

/** A credit line that closes a photo story: `(记者 李森 通讯员 薛开元 摄)`. */
function credit(line: Line): string | null {
  const b = ownLineByline(line.text);
  return b && (isPhotoCredit(b) || namesRole(b)) ? b : null;
}

/**
 * The photo story closed by the credit at `end`: the last headline run in
 * [from, end) that follows a sentence end and has body lines after it.
 */
function storyBefore(body: Line[], from: number, end: number, hasBody: boolean): [number, number] | null {
  let found: [number, number] | null = null;
  for (let h = from; h < end; h++) {
    const e = headlineRun(body, h, end);
    if (e === h) continue;
    const afterSentence = h === from || endsSentence(body[h - 1].text);
    if (afterSentence && e < end && (hasBody || h > from)) found = [h, e];
    h = e - 1;
  }
  return found;
}

/** Push `article`, splitting off the photo stories its body holds. */
function carvePhotoStories(article: Segment, out: Segment[]): void {
  const body = article.body;
  let current: Segment = { ...article, body: [] };
  out.push(current);
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = credit(body[i]);
    if (!c) continue;
    const story = storyBefore(body, from, i, current.body.length > 0);
    if (story) {
      append(current.body, body.slice(from, story[0]));
      current = { headline: body.slice(story[0], story[1]), byline: c, body: body.slice(story[1], i) };
      out.push(current);
    } else {
      append(current.body, body.slice(from, i));
      if (current.byline === null) current.byline = c;
      else current.body.push(body[i]);
    }
    from = i + 1;
  }
  append(current.body, body.slice(from));
}

/** Text with no anchor: masthead noise, then headline-first stories if it has that shape. */
function unanchored(region: Line[], out: Segment[], noise: Line[]): void {
  const first = region.findIndex((l) => isHeadlineLine(l));
  const end = first < 0 ? -1 : headlineRun(region, first, region.length);
  const hasStory = first >= 0 && end < region.length && region.slice(end).some((l) => !isNoise(l.text));
  if (!hasStory) {
    append(noise, region);
    return;
  }
  append(noise, region.slice(0, first));
  carvePhotoStories({ headline: region.slice(first, end), byline: null, body: region.slice(end) }, out);
}

export function segmentHeadlineFirst(lines: Line[]): Segmentation {
  const anchors = findAnchors(lines);
  const warnings: string[] = [];
  const noise: Line[] = [];
  const segments: Segment[] = [];
  const starts = anchors.map((a, k) => headlineAbove(lines, a.at, k > 0 ? anchors[k - 1].bodyFrom : 0));
  const leading = lines.slice(0, anchors.length ? starts[0] : lines.length);
  // Before the first anchored article: masthead lines, unless photo stories stand there.
  if (!anchors.length || leading.some((l) => credit(l))) unanchored(leading, segments, noise);
  else append(noise, leading);
  anchors.forEach((a, k) => {
    const end = k + 1 < anchors.length ? starts[k + 1] : lines.length;
    const headline = lines.slice(starts[k], a.at);
    if (!headline.length) warnings.push(`line ${lines[a.at].no}: an article without a headline`);
    carvePhotoStories({ headline, byline: a.byline, body: lines.slice(a.bodyFrom, end) }, segments);
  });
  return { segments, noise, warnings };
}

/**
 * National news (../shared/corpus) laid out as the two seed issues are
 * (../shared/seeds), with a gold label per line and the split a reader expects:
 *
 * - A, like 000_: promo lines on top between runs of blank lines; each story a
 *   headline (a 【栏目】 kicker, the title, a `——` subtitle; a long spaced title
 *   in two parts), a `□记者 X` byline, `本报讯 ` before the first paragraph,
 *   paragraphs one a line between blank lines, now and then a blank line inside
 *   a sentence (a column break); photo stories with no byline, a two-part
 *   headline and a `(记者 X 摄)` credit after the text.
 * - B, like 004_: body first, hard-wrapped at 23 to 30 characters with the
 *   paragraph indent lost (first lines two characters short), punctuation
 *   hanging past the column, blank lines between paragraphs (not always) and
 *   inside them (column breaks), the credit `（X）` on its own line or after the
 *   last line, then the headline on one to three lines.
 *
 * Its own code and randomness; nothing from src/loader.
 */
import type { Story } from "./corpus";
import { rng } from "./corpus";
import type { GenIssue, TruthArticle } from "./gen/issue";
import { between, breakTitle, chance, personName, pick, units, wrap, type Rnd } from "./gen/print";
import { Sheet } from "./gen/sheet";

const ORGS = ["区委宣传部", "兴仁街道党工委", "区融媒体中心", "高新区党政办公室", "兴仁街道党史学习教育领导小组办公室", "区应急管理局"];
const STOP_END = /[。！？!?…”」』）)]$/u;

const clean = (s: string) => s.replace(/[\s\u3000]+/gu, " ").trim();
const paragraphsOf = (body: string) => body.split("\n").map(clean).filter(Boolean);

interface Head {
  kicker: string | null;
  title: string;
  subtitle: string | null;
}

/** The corpus title as a printed headline: 【栏目】 → kicker, `——…` → subtitle. */
function headOf(title: string, rnd: Rnd): Head {
  let t = clean(title);
  // Local papers now and then end a title with an exclamation (开园啦!).
  if (!/[！？!?]$/u.test(t) && chance(0.04, rnd)) t += pick(["！", "!"], rnd);
  let kicker: string | null = null;
  const k = /^【([^】]{1,20})】\s*(.+)$/u.exec(t);
  if (k) {
    kicker = chance(0.5, rnd) ? `【${k[1]}】` : k[1];
    t = k[2];
  }
  let subtitle: string | null = null;
  const d = t.indexOf("——");
  if (d > 0) {
    subtitle = t.slice(d);
    t = t.slice(0, d).trim();
  }
  return { kicker, title: t, subtitle };
}

/**
 * The headline's parts as lines. A spaced title wider than `max` units is set on
 * two lines at its space: two parts (title and subtitle, or kicker and title).
 */
function headParts(h: Head, max: number, rnd: Rnd): { text: string; label: string }[][] {
  const sp = h.title.indexOf(" ");
  if (units(h.title) > max && sp > 0 && (!h.subtitle || !h.kicker)) {
    const [x, y] = [h.title.slice(0, sp), h.title.slice(sp + 1)];
    if (!h.subtitle) [h.title, h.subtitle] = [x, y];
    else [h.kicker, h.title] = [x, y];
  }
  const parts: { text: string; label: string }[][] = [];
  if (h.kicker) parts.push([{ text: h.kicker, label: "kicker" }]);
  parts.push([{ text: h.title, label: "title" }]);
  // Papers print the subtitle with its dash or without.
  if (h.subtitle?.startsWith("——") && chance(0.5, rnd)) h.subtitle = h.subtitle.slice(2);
  if (h.subtitle) parts.push([{ text: h.subtitle, label: "subtitle" }]);
  return parts;
}

function truthOf(h: Head, byline: string | null, paragraphs: string[], credit: string): TruthArticle {
  return { ...h, byline, paragraphs, page: null, lines: [0, 0], tags: { credit, photo: credit === "end-photo" ? "photo" : "text" } };
}

function bylineA(rnd: Rnd): string {
  return pick<() => string>(
    [
      () => `记者 ${personName(rnd)}`,
      () => `记者 ${personName(rnd)}`,
      () => `记者 ${personName(rnd)} 通讯员 ${personName(rnd)}`,
      () => `记者 ${personName(rnd)} ${personName(rnd)}`,
      () => `通讯员 ${personName(rnd)}`,
      () => "本报通讯员",
    ],
    rnd,
  )();
}

function storyA(sheet: Sheet, s: Story, others: Story[], rnd: Rnd): TruthArticle | null {
  const ps = paragraphsOf(s.body);
  if (!ps.length) return null;
  const h = headOf(s.title, rnd);
  const photo = ps.length <= 4 && ps.every((p) => STOP_END.test(p)) && chance(0.25, rnd);
  // A photo story's headline: a line of its own under the title.
  if (photo && !h.subtitle && !h.kicker)
    h.subtitle =
      clean(pick(others, rnd).title)
        .replace(/^【[^】]*】/u, "")
        .slice(0, 26) || null;
  const parts = headParts(h, 84, rnd);
  // No paper prints a headline line of more than 60 characters.
  if (parts.flat().some((l) => [...l.text].length > 60)) return null;
  const first = sheet.size;
  parts.forEach((part, k) => {
    if (k > 0) sheet.gap(photo ? 1 : 1);
    for (const l of part) sheet.line(l.text, l.label);
  });
  sheet.gap(photo ? 3 : 1);
  let byline: string | null = null;
  let tag = "none";
  if (!photo) {
    byline = bylineA(rnd);
    const split = byline.includes("通讯员 ") && byline.startsWith("记者") && chance(0.15, rnd);
    if (split) {
      const i = byline.indexOf(" 通讯员");
      sheet.line(`□${byline.slice(0, i)}`, "byline");
      sheet.gap();
      sheet.line(`□${byline.slice(i + 1)}`, "byline+");
      tag = "head-2lines";
    } else {
      sheet.line(`□${byline}`, "byline");
      tag = "head";
    }
    sheet.gap();
    if (chance(0.85, rnd)) ps[0] = `本报讯 ${ps[0]}`;
  }
  ps.forEach((p, k) => {
    const c = [...p];
    if (c.length > 45 && chance(0.05, rnd)) {
      let at = between(20, c.length - 10, rnd);
      // A column break falls inside a sentence, not right after its stop or colon.
      while (at < c.length - 2 && (/[\sA-Za-z0-9.%，。、；：！？）》”]/u.test(c[at]) || /[。！？；：]/u.test(c[at - 1]))) at++;
      sheet.line(c.slice(0, at).join(""), "pstart");
      sheet.brk();
      sheet.line(c.slice(at).join(""), "pcont");
    } else sheet.line(p, "pstart");
    if (k < ps.length - 1) sheet.gap();
    // Now and then a page mark between two paragraphs: the story runs on to another page.
    if (k < ps.length - 1 && chance(0.02, rnd)) {
      sheet.line(pick([`第${between(2, 8, rnd)}版`, `（下转第${between(2, 8, rnd)}版）`, `上接${between(1, 3, rnd)}版`], rnd), "noise");
      sheet.gap();
    }
  });
  if (photo) {
    sheet.gap();
    byline = `记者 ${personName(rnd)}${chance(0.5, rnd) ? ` 通讯员 ${personName(rnd)}` : ""} 摄`;
    sheet.line(`(${byline})`, "credit");
    tag = "end-photo";
  }
  sheet.gap(chance(0.1, rnd) ? 3 : 1);
  const t = truthOf(h, byline, ps, tag);
  t.lines = [first, sheet.size - 1];
  return t;
}

function bylineB(rnd: Rnd): string {
  const r = rnd();
  if (r < 0.5) return personName(rnd);
  if (r < 0.65) return `${personName(rnd)} ${personName(rnd)}`;
  if (r < 0.82) return `${personName(rnd)} 摄影报道`;
  if (r < 0.92) return `记者 ${personName(rnd)}`;
  return pick(ORGS, rnd);
}

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;
const joinLines = (ls: string[]) => ls.reduce((a, b) => (LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b));

function storyB(sheet: Sheet, s: Story, rnd: Rnd): TruthArticle | null {
  const ps = paragraphsOf(s.body);
  // A body opening with an item title would read as the headline above it.
  if (!ps.length || !STOP_END.test(ps[0])) return null;
  const h = headOf(s.title, rnd);
  if (units(h.title) > 80 || (h.subtitle && units(h.subtitle) > 64)) return null;
  const column = 2 * between(23, 30, rnd);
  const byline = bylineB(rnd);
  const first = sheet.size;
  const truthParas: string[] = [];
  ps.forEach((p, k) => {
    const lines = wrap(p, column, 4, rnd);
    truthParas.push(joinLines(lines));
    const brk = lines.length > 2 && chance(0.15, rnd) ? between(1, lines.length - 1, rnd) : -1;
    const last = k === ps.length - 1;
    let glued = false;
    if (last && chance(0.55, rnd) && units(lines[lines.length - 1]) + units(byline) + 6 <= column + 4) {
      lines[lines.length - 1] += ` （${byline}）`;
      glued = true;
    }
    lines.forEach((l, i) => {
      if (i === brk) sheet.brk();
      let label = i === 0 ? "pstart" : "pcont";
      if (glued && i === lines.length - 1) label += "|credit";
      sheet.line(k === 0 && i === 0 && chance(0.3, rnd) ? ` ${l}` : l, label);
    });
    if (last && !glued) {
      if (chance(0.6, rnd)) sheet.gap();
      sheet.line(`（${byline}）`, "credit");
    }
    if (last || chance(0.92, rnd)) sheet.gap();
  });
  const parts = headParts(h, 2 * between(16, 24, rnd), rnd);
  // A single title longer than a headline line is wrapped over two lines (one title).
  parts.forEach((part, k) => {
    if (k > 0 && chance(0.3, rnd)) sheet.gap();
    for (const l of part) {
      const lim = 2 * between(7, 18, rnd);
      if (l.label === "title" && units(l.text) > lim && !l.text.includes(" ")) {
        breakTitle(l.text, rnd).forEach((x, i) => sheet.line(x, i === 0 ? "title" : "head+"));
      } else sheet.line(l.text, l.label);
    }
  });
  sheet.gap();
  const t = truthOf(h, byline, truthParas, "end");
  t.lines = [first, sheet.size - 1];
  return t;
}

/** One issue per corpus issue, in layout A or B; issues left with no story are not printed. */
export function seedLayoutIssues(groups: Story[][], layout: "A" | "B" | "both", seed: number): GenIssue[] {
  const rnd = rng(seed);
  const out: GenIssue[] = [];
  groups.forEach((stories, i) => {
    const l = layout === "both" ? (i % 2 ? "B" : "A") : layout;
    const sheet = new Sheet();
    if (l === "A" && chance(0.7, rnd)) {
      sheet.gap(4);
      sheet.line(pick(["市中云报APP", "看报APP", "高新区发布APP"], rnd), "noise");
      sheet.gap(4);
      if (chance(0.6, rnd)) {
        sheet.line(pick(["幸福微市中微信", "看报微信", "扫码下载客户端"], rnd), "noise");
        sheet.gap();
      }
    }
    const truth: TruthArticle[] = [];
    for (const s of stories) {
      const t = l === "A" ? storyA(sheet, s, stories, rnd) : storyB(sheet, s, rnd);
      if (t) truth.push(t);
    }
    if (!truth.length) return;
    // Other extractions of the same pages: no blank lines at all, or a blank after every line.
    const spacing = pick(["blank", "blank", "blank", "blank", "blank", "none", "none", "double"] as const, rnd);
    const r = sheet.render(spacing, rnd);
    for (const t of truth) {
      const nums: number[] = [];
      for (let k = t.lines[0]; k <= t.lines[1]; k++) if (r.lineOf.has(k)) nums.push(r.lineOf.get(k)!);
      t.lines = [Math.min(...nums), Math.max(...nums)];
    }
    out.push({
      name: `${stories[0].issue}.txt`,
      layout: l,
      variant: { layout: l === "A" ? "seed A (000_)" : "seed B (004_)", spacing },
      text: r.text,
      labels: r.labels,
      truth: { articles: truth, date: null, publication: null },
    });
  });
  return out;
}

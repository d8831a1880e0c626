/**
 * Lay the shared local-news records out as raw issues in the variants real
 * extractions have (see ../shared/local-news/README.md): headline first or body
 * first; mastheads, page headers, date lines, jump lines, footers and column heads
 * as noise; credits in every form and position; photo stories; ASCII or
 * full-width punctuation; one paragraph per line or hard-wrapped at 12 to 40
 * characters; column breaks inside sentences; indents kept, turned to spaces or
 * lost; blank lines between paragraphs, none, a blank after every line, or mostly.
 *
 * Its own code and its own randomness (fixed seed); nothing from src/loader.
 */
import type { GenIssue, TruthArticle } from "./gen/issue";
import { readLocalNews, isHeldOut, type NewsItem } from "./gen/local-news";
import {
  columnHead,
  jumpLine,
  masthead,
  pageFooter,
  pageHeader,
  pageNumber,
  randomDate,
  sectionName,
  type IssueDateParts,
  type PageTruth,
} from "./gen/furniture";
import { between, chance, fullWidth, pick, type Rnd } from "./gen/print";
import { printArticle, type ArticleText, type Style } from "./gen/print-article";
import { Sheet, type Spacing } from "./gen/sheet";
import { rng } from "./corpus";

export type { GenIssue, TruthArticle } from "./gen/issue";

interface IssueStyle extends Style {
  spacing: Spacing;
  punct: "ascii" | "full" | "mixed";
  furniture: "bare" | "pages" | "masthead+pages";
}

function randomStyle(rnd: Rnd): IssueStyle {
  const order = chance(0.55, rnd) ? "head" : "body";
  const wrapped = chance(order === "body" ? 0.8 : 0.45, rnd);
  const column = wrapped ? 2 * pick([12, 13, 14, 16, 18, 20, 22, 23, 24, 26, 28, 30, 34, 40], rnd) : 0;
  return {
    order,
    column,
    // Hard-wrapped text comes from print, where paragraphs are indented (the indent kept, turned to spaces or
    // lost, leaving first lines short); text of one paragraph a line may have no indent at all.
    indent: wrapped ? pick(["kept", "spaces", "lost", "lost"] as const, rnd) : pick(["kept", "spaces", "lost", "flush"] as const, rnd),
    headGap: chance(0.6, rnd),
    breaks: pick([0, 0.04, 0.1], rnd),
    interrupt: pick([0, 0, 0.03], rnd),
    interruption: (r: Rnd) =>
      pick<() => string>([() => `第${between(2, 8, r)}版`, () => jumpLine(r), () => pageFooter(r), () => columnHead(r)], r)(),
    spacing: pick(["blank", "blank", "none", "double", "mostly"] as const, rnd),
    punct: pick(["ascii", "full", "full", "mixed"] as const, rnd),
    furniture: pick(["bare", "pages", "masthead+pages", "masthead+pages"] as const, rnd),
  };
}

const wrapBucket = (c: number) => (c === 0 ? "one line a paragraph" : c <= 32 ? "narrow ≤16" : c <= 56 ? "medium 17–28" : "wide 29+");

/** The item's text under the issue's punctuation; a photo column sometimes headed 【图片新闻】. */
function textOf(item: NewsItem, full: boolean, rnd: Rnd): ArticleText {
  const t = (s: string | null) => (s === null ? null : full ? fullWidth(s) : s);
  let title = t(item.title)!;
  if (title === "图片新闻" && chance(0.5, rnd)) title = "【图片新闻】";
  return {
    kicker: t(item.kicker),
    title,
    subtitle: t(item.subtitle),
    byline: t(item.byline),
    paragraphs: item.paragraphs.map((p) => t(p)!),
    form: item.form,
    creditRaw: t(item.creditRaw),
    headAt: item.headAt,
  };
}

function issueDate(items: NewsItem[], rnd: Rnd): IssueDateParts {
  const d = items.map((i) => i.date).find((x) => x && /^\d{4}-\d{2}-\d{2}$/.test(x));
  if (!d) return randomDate(rnd);
  return { y: Number(d.slice(0, 4)), m: Number(d.slice(5, 7)), d: Number(d.slice(8, 10)) };
}

function composeIssue(items: NewsItem[], n: number, rnd: Rnd): GenIssue {
  const style = randomStyle(rnd);
  const sheet = new Sheet();
  const date = issueDate(items, rnd);
  const paper = items.map((i) => i.paper).find((p) => p && /报$/u.test(p)) ?? null;
  let truthDate: string | null = null;
  let publication: string | null = null;
  if (style.furniture === "masthead+pages") {
    for (const f of masthead(paper, date, rnd)) {
      sheet.line(f.line, "noise");
      sheet.gap(between(0, 3, rnd));
      publication ??= f.publication ?? null;
      truthDate ??= f.date ?? null;
    }
    sheet.gap(between(1, 3, rnd));
  }
  const pageCount = Math.min(items.length, between(1, 3, rnd));
  const perPage = Math.ceil(items.length / pageCount);
  const truth: TruthArticle[] = [];
  const spans: [number, number][] = [];
  let pageNo = between(1, 4, rnd);
  for (let p = 0; p < pageCount; p++) {
    const onPage = items.slice(p * perPage, (p + 1) * perPage);
    if (!onPage.length) continue;
    let page: PageTruth | null = null;
    if (style.furniture !== "bare") {
      const labelled = p === 0 ? onPage[0].page : null;
      page = labelled ?? { number: pageNumber(pageNo, rnd), name: chance(0.8, rnd) ? sectionName(rnd) : null };
      const h = pageHeader(page, chance(0.6, rnd) ? date : null, paper, rnd);
      sheet.line(h.line, "page");
      page = h.page ?? page;
      truthDate ??= h.date ?? null;
      sheet.gap(between(1, 2, rnd));
      if (chance(0.15, rnd)) {
        sheet.line(columnHead(rnd), "noise");
        sheet.gap();
      }
    }
    pageNo += between(1, 3, rnd);
    for (const item of onPage) {
      const full = style.punct === "full" || (style.punct === "mixed" && chance(0.5, rnd));
      const a = printArticle(sheet, textOf(item, full, rnd), style, rnd);
      if (style.order === "head" && chance(0.05, rnd)) sheet.line(jumpLine(rnd), "noise");
      sheet.gap(between(1, 3, rnd));
      spans.push([a.first, a.last]);
      truth.push({
        kicker: a.kicker,
        title: a.title,
        subtitle: a.subtitle,
        byline: a.byline,
        paragraphs: a.paragraphs,
        page,
        lines: [0, 0],
        tags: { credit: a.credit, photo: item.photo ? "photo" : "text", record: item.id },
      });
    }
    if (chance(0.25, rnd)) {
      sheet.line(pageFooter(rnd), "noise");
      sheet.gap(2);
    }
  }
  const r = sheet.render(style.spacing, rnd);
  // The first and last written line of each article.
  truth.forEach((t, i) => {
    const [a, b] = spans[i];
    const nums = [];
    for (let k = a; k <= b; k++) if (r.lineOf.has(k)) nums.push(r.lineOf.get(k)!);
    t.lines = [Math.min(...nums), Math.max(...nums)];
  });
  return {
    name: `local-${String(n).padStart(4, "0")}.txt`,
    layout: style.order === "head" ? "A" : "B",
    variant: {
      order: style.order === "head" ? "headline first" : "body first",
      wrap: wrapBucket(style.column),
      spacing: style.spacing,
      indent: style.indent,
      punctuation: style.punct,
      furniture: style.furniture,
    },
    text: r.text,
    labels: r.labels,
    truth: { articles: truth, date: truthDate, publication },
  };
}

export interface LocalSetOptions {
  /**
   * Which records: the held-out quarter, the rest (for fitting), or all; `fit-inner` and `fit-check`
   * split the fitting records again (a third of them kept back), to check model changes on records
   * a fit has not seen without touching the held-out quarter.
   */
  part: "heldout" | "fit" | "all" | "fit-inner" | "fit-check";
  /**
   * All the part's records, or a third of them kept apart (`kept`) or the rest: the fitting script
   * sets the doubt margins with a model fitted on the rest, on issues of the kept records.
   */
  records?: "all" | "rest" | "kept";
  issues: number;
  seed: number;
}

/** Generated issues of 1 to 7 records each, drawn from one part of the local-news set. */
export function localIssues({ part, records = "all", issues, seed }: LocalSetOptions): GenIssue[] {
  const rnd = rng(seed);
  const all = readLocalNews();
  const check = (id: string) => Number(id.replace(/\D/gu, "")) % 4 === 1;
  const pool = all
    .filter((r) => {
      if (part === "all") return true;
      if (part === "heldout") return isHeldOut(r.id);
      if (isHeldOut(r.id)) return false;
      return part === "fit" || (part === "fit-check") === check(r.id);
    })
    .filter((r) => records === "all" || (records === "kept") === (Math.floor(Number(r.id.replace(/\D/gu, "")) / 4) % 3 === 0));
  const out: GenIssue[] = [];
  for (let n = 0; n < issues; n++) {
    // Pages with one or two stories too: a short file has little to measure a column on.
    const k = chance(0.2, rnd) ? between(1, 2, rnd) : between(2, 7, rnd);
    const items: NewsItem[] = [];
    while (items.length < k) {
      const it = pick(pool, rnd);
      if (!items.includes(it)) items.push(it);
    }
    out.push(composeIssue(items, n, rnd));
  }
  return out;
}

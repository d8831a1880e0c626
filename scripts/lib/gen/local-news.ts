/**
 * The shared local-news records (../shared/local-news/articles.jsonl) as items
 * ready to print: headline parts, the byline as a reader names it, the text with
 * an end-of-text credit taken off, and where the credit stood.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PageTruth } from "./furniture";

export const LOCAL_NEWS =
  process.env.KANBAO_LOCAL_NEWS ?? join(import.meta.dirname, "..", "..", "..", "..", "shared", "local-news", "articles.jsonl");

interface NewsRecord {
  id: string;
  paper: string | null;
  paper_inferred: string | null;
  date: string | null;
  page: string | null;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string;
  byline_raw: string;
  byline_form: "head" | "end" | "end-inline" | "lead-inline" | "meta" | "none";
  photo: boolean;
  paragraphs: string[];
}

export type CreditForm = "head" | "end" | "end-inline" | "lead-inline" | "none";

export interface NewsItem {
  id: string;
  paper: string | null;
  date: string | null;
  page: PageTruth | null;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  /** The byline a reader names: roles and names, no marks or brackets; null when the item has none. */
  byline: string | null;
  /** The credit as the page printed it (marks, brackets, line break kept). */
  creditRaw: string | null;
  form: CreditForm;
  /** Paragraph index before which a head byline stands (captions may come first). */
  headAt: number;
  /** The text; an end-of-text credit is not part of it. */
  paragraphs: string[];
  photo: boolean;
}

// Where the head byline stood below captions, from the records' notes.
const HEAD_AFTER_CAPTIONS: Record<string, number> = { "dev-025": 1, "dev-043": 1, "dev-047": 7 };

/** `第A2版:综合新闻` → { A2, 综合新闻 }; the page label of a record. */
export function parsePageLabel(label: string | null): PageTruth | null {
  if (!label) return null;
  const m = /^(?:第)*\s*([A-Za-z]?\d+[A-Za-z]?|[一二三四五六七八九十]+)\s*(?:版)*\s*[:：]?\s*(.*)$/u.exec(label.trim());
  if (!m) return null;
  const name = m[2].replace(/总第.*$/u, "").trim();
  return { number: m[1], name: name || null };
}

/** The names in a lead credit: `本报讯(记者 付晓娇)` → `记者 付晓娇`. */
export function leadCreditNames(raw: string): string {
  let s = raw.replace(/^[○●◎■□]+/u, "").trim();
  s = s.replace(/^\S*?(讯|消息)\s*/u, "");
  s = s.replace(/^[（(【]\s*/u, "").replace(/\s*[）)】]$/u, "");
  return s.replace(/\s+/gu, " ").trim();
}

/** The byline of an own-line or end credit without marks and brackets. */
function creditNames(raw: string): string {
  return raw
    .replace(/^[○●◎■□]+/u, "")
    .replace(/^[（(]\s*/u, "")
    .replace(/\s*[）)]$/u, "")
    .replace(/\s+/gu, " ")
    .trim();
}

// `…。杜雯拓 摄`, `…。茂名日报社全媒体记者黄信涛摄`, `…。 (于成刚)`: a credit after the last sentence.
const CLOSING_CREDIT =
  /^(.*[。！？”])\s*((?:[^\s，。、；：！？]{0,14}?(?:记者|通讯员)\S{0,4}\s*)?\p{Script=Han}{2,4}\s*摄|[（(]\p{Script=Han}{2,4}[）)])$/u;

function toItem(r: NewsRecord): NewsItem {
  const paragraphs = r.paragraphs.map((p) => p.trim());
  let form: CreditForm = r.byline_form === "meta" ? "none" : r.byline_form;
  let byline: string | null = null;
  let creditRaw: string | null = r.byline_raw || null;
  if (form === "lead-inline") byline = leadCreditNames(r.byline_raw);
  else if (form === "head" || form === "end") byline = r.byline || creditNames(r.byline_raw);
  else if (form === "end-inline") {
    const last = paragraphs[paragraphs.length - 1];
    if (last.endsWith(r.byline_raw)) {
      paragraphs[paragraphs.length - 1] = last.slice(0, last.length - r.byline_raw.length).trim();
      byline = r.byline || creditNames(r.byline_raw);
    } else {
      // The credit stands before a short tail of more credits (a tip-off's: 线索提供 X(稿费30元)): the
      // credit line is the credit and its tail, as printed at the text's end; else it is inside the text.
      const at = last.lastIndexOf(r.byline_raw);
      const tail = at > 0 ? last.slice(at + r.byline_raw.length).trim() : "";
      if (at > 0 && tail.length <= 30 && !/[。！？!?]/u.test(tail)) {
        creditRaw = last.slice(at).trim();
        paragraphs[paragraphs.length - 1] = last.slice(0, at).trim();
        byline = `${r.byline || creditNames(r.byline_raw)} ${tail}`;
      } else {
        form = "none";
        creditRaw = null;
      }
    }
  } else if (form === "none") {
    // A credit closing the text (the last caption's, the last brief's) is the byline, as in the seeds.
    const last = paragraphs[paragraphs.length - 1];
    const m = CLOSING_CREDIT.exec(last);
    if (m) {
      paragraphs[paragraphs.length - 1] = m[1].trim();
      byline = creditNames(m[2]);
      creditRaw = m[2];
      form = "end-inline";
    } else creditRaw = null;
  } else creditRaw = null;
  return {
    id: r.id,
    paper: r.paper ?? r.paper_inferred,
    date: r.date,
    page: parsePageLabel(r.page),
    kicker: r.kicker,
    title: r.title,
    subtitle: r.subtitle,
    byline,
    creditRaw,
    form,
    headAt: HEAD_AFTER_CAPTIONS[r.id] ?? 0,
    paragraphs: paragraphs.filter(Boolean),
    photo: r.photo,
  };
}

export function readLocalNews(path = LOCAL_NEWS): NewsItem[] {
  if (!existsSync(path)) throw new Error(`local-news set not found at ${path} (set KANBAO_LOCAL_NEWS)`);
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => toItem(JSON.parse(l) as NewsRecord));
}

/**
 * Held-out records: every fourth id. The weights are never fitted on them. `KANBAO_FOLD=1…3` holds out
 * another quarter instead, for cross-validation on all 80 records (the committed weights use fold 0).
 */
const FOLD = Number(process.env.KANBAO_FOLD ?? 0);
// A fold that is no quarter would hold nothing out and fit on everything, silently.
if (![0, 1, 2, 3].includes(FOLD)) throw new Error(`KANBAO_FOLD must be 0, 1, 2 or 3, not ${process.env.KANBAO_FOLD}`);
export const isHeldOut = (id: string) => Number(id.replace(/\D/gu, "")) % 4 === FOLD;

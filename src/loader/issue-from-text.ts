/** A raw issue file → one validated issue. */
import { IssueFile, SCHEMA_VERSION, type Article } from "../shared/contract";
import { decode, InputError } from "./decode";
import { controlShare, MAX_CONTROL_SHARE } from "./lines";
import { parseText, type ParsedArticle } from "./parse-text";
import { describeDoubt } from "./split/doubts";
import type { Correction } from "./corrections";
import { articleIdFor, dedupe, pathId } from "./ids";
import { inferDate, issueDate, type ManifestEntry } from "./metadata";
import { visibleLength } from "./text";
import { authorsOf, extractTags, type TagContext } from "./tags/index";
import type { Taxonomy } from "./tags/topics";

type ArticleParts = Pick<ParsedArticle, "kicker" | "title" | "subtitle" | "byline" | "paragraphs"> &
  Partial<Pick<ParsedArticle, "page" | "doubts">>;

/** Articles in print order with stable ids. */
export function toArticles(parsed: ArticleParts[], taxonomy: Taxonomy, ids?: (string | null)[], context: TagContext = {}): Article[] {
  const wanted = parsed.map((a, i) => ids?.[i] ?? articleIdFor(a.title));
  return dedupe(wanted).map((id, i) => {
    const a = parsed[i];
    return {
      id,
      order: i + 1,
      kicker: a.kicker,
      title: a.title,
      subtitle: a.subtitle,
      byline: a.byline,
      paragraphs: a.paragraphs,
      chars: a.paragraphs.reduce((n, p) => n + visibleLength(p), 0),
      authors: authorsOf(a.byline, a.paragraphs),
      tags: extractTags(a, taxonomy, context),
      page: a.page ?? null,
      doubts: (a.doubts ?? []).map(describeDoubt),
    };
  });
}

/** Issue id from the manifest, else from the file's path (ids.ts); the ledger has the last word (assign-ids.ts). */
export function issueIdFor(relPath: string, meta: ManifestEntry): string {
  return meta.id ?? pathId(relPath);
}

export function issueFromText(
  relPath: string,
  bytes: Uint8Array,
  meta: ManifestEntry,
  taxonomy: Taxonomy = { topics: [] },
  corrections: Correction[] = [],
): IssueFile {
  const { text, encoding } = decode(bytes);
  if (controlShare(text) > MAX_CONTROL_SHARE) throw new InputError("it is mostly control characters: binary data, not text");
  const parsed = parseText(text, { corrections });
  if (!parsed.articles.length) {
    throw new InputError(
      parsed.noise.length ? "no article found: only masthead or promo lines" : "no article found: the file holds no text",
    );
  }
  const articles = toArticles(parsed.articles, taxonomy, undefined, { publication: meta.publication ?? parsed.publication ?? null });
  // A date the issue prints (page header, date line) is its date, unless the manifest says otherwise.
  const printed = parsed.date;
  const { date, dateInferred } =
    printed && (!meta.date || (meta.date.length < 10 && printed.startsWith(meta.date)))
      ? { date: printed, dateInferred: false }
      : issueDate(meta.date, inferDate(text));
  return IssueFile.parse({
    version: SCHEMA_VERSION,
    issue: {
      id: issueIdFor(relPath, meta),
      source: relPath,
      publication: meta.publication ?? parsed.publication ?? null,
      date,
      dateInferred,
      edition: meta.edition ?? null,
      layout: parsed.layout.layout,
      encoding,
      articleCount: articles.length,
    },
    articles,
    noise: parsed.noise,
    warnings: parsed.warnings,
  });
}

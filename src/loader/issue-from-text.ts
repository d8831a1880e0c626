/** A raw issue file → one validated issue. */
import { IssueFile, SCHEMA_VERSION, type Article } from "../shared/contract";
import { decode, InputError } from "./decode";
import { controlShare, MAX_CONTROL_SHARE } from "./lines";
import { parseText, type ParsedArticle } from "./parse-text";
import { articleIdFor, dedupe, slug } from "./ids";
import { inferDate, issueDate, type ManifestEntry } from "./metadata";
import { visibleLength } from "./text";
import { authorsOf, extractTags, type TagContext } from "./tags/index";
import type { Taxonomy } from "./tags/topics";

/** Articles in print order with stable ids. */
export function toArticles(
  parsed: Pick<ParsedArticle, "kicker" | "title" | "subtitle" | "byline" | "paragraphs">[],
  taxonomy: Taxonomy,
  ids?: (string | null)[],
  context: TagContext = {},
): Article[] {
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
    };
  });
}

/** Issue id from the manifest, else from the file's name without extension. */
export function issueIdFor(relPath: string, meta: ManifestEntry): string {
  if (meta.id) return meta.id;
  const base = relPath
    .split("/")
    .pop()!
    .replace(/\.[^.]+$/u, "");
  return slug(base);
}

export function issueFromText(relPath: string, bytes: Uint8Array, meta: ManifestEntry, taxonomy: Taxonomy = { topics: [] }): IssueFile {
  const { text, encoding } = decode(bytes);
  if (controlShare(text) > MAX_CONTROL_SHARE) throw new InputError("it is mostly control characters: binary data, not text");
  const parsed = parseText(text);
  if (!parsed.articles.length) {
    throw new InputError(
      parsed.noise.length ? "no article found: only masthead or promo lines" : "no article found: the file holds no text",
    );
  }
  const articles = toArticles(parsed.articles, taxonomy, undefined, { publication: meta.publication ?? null });
  const { date, dateInferred } = issueDate(meta.date, inferDate(text));
  return IssueFile.parse({
    version: SCHEMA_VERSION,
    issue: {
      id: issueIdFor(relPath, meta),
      source: relPath,
      publication: meta.publication ?? null,
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

/** What every issue generator produces: the raw text, a gold label per line, and the split a reader expects. */
import type { PageTruth } from "./furniture";

export interface TruthArticle {
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  paragraphs: string[];
  page: PageTruth | null;
  /** First and last raw line (1-based) the article's lines stand on. */
  lines: [number, number];
  /** Variant tags of this article (credit form, photo), for per-variant figures. */
  tags: Record<string, string>;
}

export interface GenIssue {
  name: string;
  /** Headline first (A) or body first (B). */
  layout: "A" | "B";
  /** The issue's variant along each dimension (wrap, spacing, indent, punctuation, furniture …). */
  variant: Record<string, string>;
  text: string;
  /** Gold label of each raw line (index = line number − 1), null for blank lines. */
  labels: (string | null)[];
  truth: { articles: TruthArticle[]; date: string | null; publication: string | null };
}

/**
 * The one data contract between the build-time loader and the browser app.
 *
 * The loader validates every issue and article against these schemas before
 * writing; the app trusts only data that passed them. Field order here is the
 * key order of the written JSON, so rebuilds stay byte-identical.
 */
import { z } from "zod";
import { ID_PATTERN } from "./paths";

export { DATA_DIR, catalogPath, issuePath } from "./paths";

/** Bumped whenever a change to these schemas is not backwards compatible. */
export const SCHEMA_VERSION = 1;

/** URL-safe id: lower-case ASCII letters, digits, `-` and `_`, 1–80 characters. */
export const Id = z.string().regex(ID_PATTERN, "not a URL-safe id");

/**
 * An issue date, as precise as it is known:
 * `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` when only month and day are known.
 */
export const IssueDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, "not a date of the form YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD");

/** How the loader read an issue's text. */
export const Layout = z.enum([
  /** headline, `□记者` byline, paragraphs between blank lines */
  "A",
  /** body first, hard-wrapped, `（byline）`, headline after */
  "B",
  /** paragraphs marked by a full-width indent */
  "C",
  /** a JSON or JSONL export with title and body per article */
  "structured",
]);

/** One issue's metadata. */
export const IssueMeta = z.object({
  /** Stable URL id: from the manifest, else from the file name (and the CMS `issue` field for exports). */
  id: Id,
  /** Path of the source file inside the content folder, with `/` separators. */
  source: z.string().min(1),
  /** Publication name, e.g. 市中区报: from the manifest or export, else a masthead line of the text; null when none names it. */
  publication: z.string().min(1).nullable(),
  /** Issue date (see {@link IssueDate}): from the manifest or export, else a page header or date line of the text, else inferred; null when unknown. */
  date: IssueDate.nullable(),
  /** True when `date` (or part of it) was inferred from the text rather than given by the manifest, the export or a printed page header or date line. */
  dateInferred: z.boolean(),
  /** Edition or page title (版名) from the manifest, e.g. 要闻; null when not given. */
  edition: z.string().min(1).nullable(),
  /** The layout the loader detected. */
  layout: Layout,
  /** The text encoding the loader detected, e.g. utf-8, utf-16le, gb18030. */
  encoding: z.string().min(1),
  /** Number of articles in the issue. */
  articleCount: z.number().int().nonnegative(),
});
export type IssueMeta = z.infer<typeof IssueMeta>;

/** The page (版面) an article stands on, from the page header above it: 第A02版：要闻 → `{ number: "A02", name: "要闻" }`. */
export const Page = z.object({
  /** The page number as printed, without 第 and 版: `A02`, `3`, `三`. */
  number: z.string().min(1),
  /** The page's name (版名) as printed, e.g. 要闻, 综合新闻; null when the header names none. */
  name: z.string().min(1).nullable(),
});
export type Page = z.infer<typeof Page>;

/**
 * A decision the splitter was unsure of: another reading of the line scored within
 * the model's margin. For editors (proof view, `npm run parse`); never shown to readers.
 */
export const Doubt = z.object({
  /** What is in doubt: where the article starts or ends, how the headline splits, a paragraph break, the byline. */
  kind: z.enum(["boundary", "headline", "paragraph", "byline"]),
  /** 1-based line of the source file. */
  line: z.number().int().positive(),
  /** How the line was read, e.g. `the title`, `a new paragraph`. */
  reading: z.string().min(1),
  /** The reading that came close, e.g. `the paragraph above, continued`. */
  alternative: z.string().min(1),
});
export type Doubt = z.infer<typeof Doubt>;

/**
 * More about one of an article's tags, where there is more to say: which division
 * a place is, the name the archive files a short form under, a person's titles.
 */
export const TagNote = z.object({
  /** The list the tag is in. */
  kind: z.enum(["people", "places", "orgs"]),
  /** The tag as that list holds it (as the text writes it). */
  name: z.string().min(1),
  /** The name the archive files the tag under when the text writes another form: 吉林 → 吉林省, 宏泰公司 → 河北宏泰专用汽车有限公司. */
  canonical: z.string().min(1).optional(),
  /** Places: the statistics bureau's division code (2 digits a province, 4 a city, 6 a county or district, 9 a township or street), where the gazetteer and the context tell which division it is. */
  code: z
    .string()
    .regex(/^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$/, "not a division code")
    .optional(),
  /** People: the titles the text gives them, in order of mention (区委书记, 副区长). */
  roles: z.array(z.string().min(1)).optional(),
  /** Organisations: named relative to the paper's own place (区委, 市教育局), so the same name is another body in another paper. */
  relative: z.literal(true).optional(),
});
export type TagNote = z.infer<typeof TagNote>;

/** One article, in print order within its issue. */
export const Article = z.object({
  /** Stable URL id, unique within its issue. */
  id: Id,
  /** 1-based position in the issue (print order). */
  order: z.number().int().positive(),
  /** 引题: the line above the title, or null. */
  kicker: z.string().min(1).nullable(),
  /** 主题: the title; never empty. */
  title: z.string().min(1),
  /** 副题: the line below the title, or null. */
  subtitle: z.string().min(1).nullable(),
  /** The byline as printed without its marks (□, brackets), e.g. `记者 程修建`, `孟潇 摄影报道`; null when none. */
  byline: z.string().min(1).nullable(),
  /** Paragraph texts: wrapped lines joined, page and column breaks mended. At least one. */
  paragraphs: z.array(z.string().min(1)).min(1),
  /** Number of non-space characters in the paragraphs (for reading time). */
  chars: z.number().int().nonnegative(),
  /** Reporters and photographers credited in the byline, the first paragraph's credit or a caption, as printed (`邓  斌` keeps its padding); they are not people tags. */
  authors: z.array(z.string().min(1)),
  /** Tags extracted at build time, each list in order of first mention. */
  tags: z.object({
    /** 人物: names of people mentioned (宋磊, 左文). */
    people: z.array(z.string().min(1)),
    /** 地点: towns, streets, communities, villages, venues, cities (孟庄镇, 合肥). */
    places: z.array(z.string().min(1)),
    /** 机构: bodies and companies (区应急局, 枣庄日报社). */
    orgs: z.array(z.string().min(1)),
    /** 主题: topics of the content folder's taxonomy. */
    topics: z.array(z.string().min(1)),
    /** 类型: 会议, 调研, 活动, 图片新闻. */
    kinds: z.array(z.string().min(1)),
    /** Notes on some of the people, places and organisations above (see {@link TagNote}); tags with nothing more to say have none. */
    about: z.array(TagNote),
  }),
  /** The page the article stands on, from the issue's page headers; null where the text has none (and for exports). */
  page: Page.nullable(),
  /** The splitter's doubts about this article, in line order; empty for exports. */
  doubts: z.array(Doubt),
});
export type Article = z.infer<typeof Article>;

/** Everything the site knows about one issue: written to `data/issues/<id>.json`. */
export const IssueFile = z.object({
  version: z.literal(SCHEMA_VERSION),
  issue: IssueMeta,
  articles: z.array(Article),
  /** Lines of the issue that belong to no article (masthead, promo, page marks), in order. */
  noise: z.array(z.string()),
  /** What the loader was unsure about, for editors. */
  warnings: z.array(z.string()),
  /**
   * The order the archive took the issue in (the id ledger's, 0 first): the search index numbers its
   * articles in this order, so an issue added later, even an older one, never renumbers the others.
   * Absent on an issue read outside a build: it then comes after the numbered ones.
   */
  seq: z.number().int().nonnegative().optional(),
});
export type IssueFile = z.infer<typeof IssueFile>;

/** A headline as listed in the catalog. */
export const Lead = z.object({ id: Id, title: z.string().min(1) });
export type Lead = z.infer<typeof Lead>;

/** One issue in the catalog: its metadata and its first headlines. */
export const IssueSummary = IssueMeta.extend({
  /** The first articles' ids and titles, in print order (at most {@link LEADS_PER_ISSUE}). */
  leads: z.array(Lead),
});
export type IssueSummary = z.infer<typeof IssueSummary>;

/** How many headlines the catalog keeps per issue. */
export const LEADS_PER_ISSUE = 3;

/**
 * Every issue's summary, in memory at build time (feeds, sitemap, pages); the site
 * publishes it split into a small entry and a file per month (see `archive.ts`).
 */
export const Catalog = z.object({
  version: z.literal(SCHEMA_VERSION),
  /** Issues newest first; undated issues last; ties by publication, then id. */
  issues: z.array(IssueSummary),
  /** Publications with their issue counts, by name. */
  publications: z.array(z.object({ name: z.string().min(1), issueCount: z.number().int().positive() })),
});
export type Catalog = z.infer<typeof Catalog>;

/** Tags of an article, extracted at build time. Node only. */
import type { Article, TagNote } from "../../shared/contract";
import { extractPeople } from "./people";
import { extractPlaces } from "./places";
import { runsIn, scanArticle, withLocalBare } from "./scan";
import { extractOrganisations } from "./organisations";
import { topicsFromMatches, type Taxonomy } from "./topics";
import { extractKinds } from "./kinds";
import { mask, maskQuoted, maskSlogans, maskSpans } from "./spans";
import { creditsOf } from "./credits";
import { leftmostLongest, regionOf } from "./region-of";

export { authorsOf } from "./credits";
export type ArticleTags = Article["tags"];

/** What the tagger knows about an article beyond its text. */
export interface TagContext {
  /** The paper's name (柳州晚报): its place is the article's region unless the text says otherwise. */
  publication?: string | null;
}

type ArticleText = Pick<Article, "kicker" | "title" | "subtitle" | "byline" | "paragraphs">;

/** The text tags are read from: headline and paragraphs, with credits, book titles and app names masked. */
export function taggedText(a: ArticleText): { headline: string; text: string } {
  const headline = [a.kicker, a.title, a.subtitle].filter(Boolean).join("\n");
  const credits = creditsOf(a.byline, a.paragraphs).paragraphs;
  const paras = a.paragraphs.map((p, i) =>
    maskSpans(
      p,
      credits[i].filter((c) => c !== null).map((c) => [c.start, c.end]),
    ),
  );
  return { headline, text: maskQuoted(`${headline}\n${paras.join("\n")}`) };
}

/** The hits still whole in a masked text. A module function, not a closure per article: see people.ts. */
function intact(t: string, list: [number, string][]): [number, string][] {
  return list.filter(([at, n]) => t.startsWith(n, at));
}

export function extractTags(a: ArticleText, taxonomy: Taxonomy, context: TagContext = {}): ArticleTags {
  const { headline, text } = taggedText(a);
  // One scan of the text as printed: every kind of phrase at every position. The masked texts below keep
  // every position, so a phrase found here is still there unless masked (hence the startsWith checks).
  const scan = scanArticle(`${headline}\n${a.paragraphs.join("\n")}`, taxonomy);
  const region = regionOf(context.publication ?? null, scan.gazetteer);
  const hits = withLocalBare(scan, region, taxonomy);
  // Organisations first: a place or name inside one (枣庄 in 枣庄日报社) is not a tag of its own.
  const bodies = extractOrganisations(text, region, leftmostLongest(intact(text, hits)), leftmostLongest(intact(text, scan.orgs)), {
    named: runsIn(text, scan, "namedEnds"),
    relative: [runsIn(text, scan, "relativeBodies"), runsIn(text, scan, "relativeWholes"), runsIn(text, scan, "shortBodies")],
    lists: runsIn(text, scan, "listEnds").map(([at]) => at),
  });
  // A body named relative to the paper's place (区委, 市教育局) means something only with the paper known.
  const orgs = context.publication ? bodies : bodies.filter((o) => !o.relative);
  const rest = mask(
    text,
    bodies.map((o) => o.name),
  );
  const people = extractPeople(
    rest,
    intact(rest, scan.titles),
    intact(rest, scan.roles),
    runsIn(rest, scan, "unintroduced"),
    runsIn(rest, scan, "personCues"),
  );
  // A person's name is no place (谷云山); nor is a place inside a short quoted slogan or name (“情暖龙山”).
  const forPlaces = maskSlogans(
    mask(
      rest,
      people.map((p) => p.name),
    ),
  );
  const places = extractPlaces(forPlaces, region, intact(forPlaces, hits), {
    sites: runsIn(forPlaces, scan, "sites"),
    zones: runsIn(forPlaces, scan, "zones"),
  });
  const about: TagNote[] = [
    ...people.filter((p) => p.roles.length).map((p): TagNote => ({ kind: "people", name: p.name, roles: p.roles })),
    ...places
      .filter((p) => p.code || p.canonical)
      .map((p): TagNote => ({
        kind: "places",
        name: p.name,
        ...(p.canonical ? { canonical: p.canonical } : {}),
        ...(p.code ? { code: p.code } : {}),
      })),
    ...orgs
      .filter((o) => o.canonical || o.relative)
      .map((o): TagNote => ({
        kind: "orgs",
        name: o.name,
        ...(o.canonical ? { canonical: o.canonical } : {}),
        ...(o.relative ? { relative: true } : {}),
      })),
  ];
  return {
    people: people.map((p) => p.name),
    places: places.map((p) => p.name),
    orgs: orgs.map((o) => o.name),
    topics: topicsFromMatches(intact(rest, scan.topics), headline.length, taxonomy),
    kinds: extractKinds(headline, a.byline),
    about,
  };
}

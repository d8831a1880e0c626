/** Tags of an article, extracted at build time. Node only. */
import type { Article } from "../../shared/contract";
import { extractPeople, TITLE_SET } from "./people";
import { extractPlaces, GAZETTEER_NAMES } from "./places";
import { PhraseFinder } from "./phrase-finder";
import { extractOrganisations } from "./organisations";
import { topicPhrases, topicsFromMatches, type Taxonomy } from "./topics";
import { extractKinds } from "./kinds";
import { mask, maskQuoted } from "./spans";

export type ArticleTags = Article["tags"];

// Titles, gazetteer names and topic keywords in one scan of the text (one per taxonomy).
const GAZETTEER_SET = new Set(GAZETTEER_NAMES);
const scanners = new WeakMap<Taxonomy, PhraseFinder>();
const scannerFor = (t: Taxonomy) =>
  scanners.get(t) ?? scanners.set(t, new PhraseFinder([...TITLE_SET, ...GAZETTEER_NAMES, ...topicPhrases(t)])).get(t)!;

/** Reporters and photographers named in the byline: 记者 王乐平 通讯员 寇新 → 王乐平, 寇新. */
export function authorsOf(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .replace(/(本报|特约|见习|实习|首席)?(记者|通讯员|摄影记者|实习生|编辑)|摄影报道|摄影|报道|摄/gu, " ")
    .split(/[\s、,，/／]+/u)
    .filter((w) => /^[\p{Script=Han}·]{2,4}$/u.test(w));
}

export function extractTags(a: Pick<Article, "kicker" | "title" | "subtitle" | "byline" | "paragraphs">, taxonomy: Taxonomy): ArticleTags {
  const headline = [a.kicker, a.title, a.subtitle].filter(Boolean).join("\n");
  const body = a.paragraphs.join("\n");
  const text = maskQuoted(`${headline}\n${body}`);
  // Organisations first: a place or name inside one (枣庄 in 枣庄日报社) is not a tag of its own.
  const orgs = extractOrganisations(text);
  const rest = mask(text, orgs);
  const found = scannerFor(taxonomy).findEach(rest);
  return {
    people: extractPeople(
      rest,
      found.filter(([, p]) => TITLE_SET.has(p)),
    ),
    places: extractPlaces(
      rest,
      found.filter(([, p]) => GAZETTEER_SET.has(p)),
    ),
    orgs,
    topics: topicsFromMatches(found, headline.length, taxonomy),
    kinds: extractKinds(headline, a.byline),
  };
}

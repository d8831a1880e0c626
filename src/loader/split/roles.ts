/**
 * A headline's parts → kicker (引题), title (主题), subtitle (副题). The decoder finds
 * the parts; which of two parts is the title is a scored choice of its own: a part
 * in spaced phrases, a slogan or a 【column】 reads as a kicker above the title; a
 * part led by a dash or a verb as a subtitle below it; the part that names its
 * subject (高新区…, 习近平…) as the title. The weights are in the same table
 * (`roles`), fitted on headlines whose roles are printed (scripts/fit-splitter.ts).
 */
import * as S from "./shapes";
import { charCount } from "../text";

export const PART_FEATURES = [
  "bias",
  "a:space",
  "b:space",
  "b:dash",
  "a:subject",
  "b:subject",
  "a:actor",
  "b:actor",
  "a:verb",
  "b:verb",
  "a:shorter",
  "b:shorter",
  "a:label",
  "b:label",
  "a:excl",
  "b:excl",
  "a:tag",
  "a:colon-end",
  "b:quote",
] as const;
export type PartFeature = (typeof PART_FEATURES)[number];

const SPACED = /[^\x00-\x7f] [^\x00-\x7f]/u;
const LABEL = /^[^，。：:]{2,8}[：:|｜]/u;

/** The facts about two headline parts, in print order. */
export function partFeatures(a: string, b: string): PartFeature[] {
  const f: PartFeature[] = ["bias"];
  const la = charCount(a);
  const lb = charCount(b);
  if (SPACED.test(a)) f.push("a:space");
  if (SPACED.test(b)) f.push("b:space");
  if (/^[—–-]/u.test(b)) f.push("b:dash");
  if (S.SUBJECT.test(a)) f.push("a:subject");
  if (S.SUBJECT.test(b)) f.push("b:subject");
  if (S.ACTOR_START.test(a)) f.push("a:actor");
  if (S.ACTOR_START.test(b)) f.push("b:actor");
  if (S.VERB_START.test(a)) f.push("a:verb");
  if (S.VERB_START.test(b)) f.push("b:verb");
  if (la < 0.8 * lb) f.push("a:shorter");
  if (lb < 0.8 * la) f.push("b:shorter");
  if (LABEL.test(a)) f.push("a:label");
  if (LABEL.test(b)) f.push("b:label");
  if (/[！？!?]$/u.test(a)) f.push("a:excl");
  if (/[！？!?]$/u.test(b)) f.push("b:excl");
  if (/^[【[●■□]/u.test(a)) f.push("a:tag");
  if (/[：:]$/u.test(a)) f.push("a:colon-end");
  if (/^[“"]/u.test(b)) f.push("b:quote");
  return f;
}

export interface Headline {
  kicker: string | null;
  title: string;
  subtitle: string | null;
}

/**
 * Roles for the parts: one is the title; of two, the score says whether the first
 * is a kicker over the title (above 0) or the title over a subtitle; of three or
 * more, the first is the kicker, the last the subtitle, the rest the title.
 */
export function assignRoles(parts: string[], weights: Partial<Record<PartFeature, number>>): Headline {
  if (parts.length === 0) return { kicker: null, title: "", subtitle: null };
  if (parts.length === 1) return { kicker: null, title: parts[0], subtitle: null };
  if (parts.length === 2) {
    const [a, b] = parts;
    const score = partFeatures(a, b).reduce((n, f) => n + (weights[f] ?? 0), 0);
    return score > 0 ? { kicker: a, title: b, subtitle: null } : { kicker: null, title: a, subtitle: b };
  }
  return { kicker: parts[0], title: parts.slice(1, -1).join(" "), subtitle: parts[parts.length - 1] };
}

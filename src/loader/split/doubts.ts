/**
 * Doubts: lines where another role scores within the margin of the chosen one.
 * The margin is the distance between the best reading of the issue and the best
 * reading that gives the line another role (the decoder's max-marginals).
 */
import { BODY_ROLES, HEADLINE_ROLES, ROLES, type Role } from "./grammar";
import type { Decoded } from "./decode";
import type { ModelLine } from "./model-lines";

export type DoubtKind = "boundary" | "headline" | "paragraph" | "byline";

export interface Doubt {
  kind: DoubtKind;
  /** 1-based line of the file. */
  line: number;
  /** What the line was read as, and what it might be instead. */
  chosen: Role;
  alternative: Role;
  /** Score margin to the alternative (smaller: closer call). */
  margin: number;
}

const BYLINE_ROLES = new Set<Role>(["byline", "byline+", "credit", "credit+"]);
/** An article reports at most this many doubts: its closest calls (an editor reads them all). */
export const MAX_DOUBTS = 2;

export function kindOf(a: Role, b: Role): DoubtKind {
  if (BODY_ROLES.has(a) && BODY_ROLES.has(b)) return "paragraph";
  if (BYLINE_ROLES.has(a) || BYLINE_ROLES.has(b)) return "byline";
  if (HEADLINE_ROLES.has(a) && HEADLINE_ROLES.has(b)) return "headline";
  return "boundary";
}

/** Lines whose margin is under the threshold of their kind of decision, with the closest other role. */
export function doubtsOf(lines: ModelLine[], d: Decoded, roles: Role[], threshold: Record<DoubtKind, number>): Map<number, Doubt> {
  const R = ROLES.length;
  const out = new Map<number, Doubt>();
  roles.forEach((chosen, i) => {
    let alt = -1;
    let altScore = -Infinity;
    for (let r = 0; r < R; r++) {
      if (ROLES[r] === chosen) continue;
      const v = d.roleBest[i * R + r];
      if (v > altScore) {
        altScore = v;
        alt = r;
      }
    }
    const margin = d.best - altScore;
    if (alt < 0) return;
    const kind = kindOf(chosen, ROLES[alt]);
    if (margin < threshold[kind]) out.set(i, { kind, line: lines[i].no, chosen, alternative: ROLES[alt], margin });
  });
  return out;
}

const READING: Record<Role, string> = {
  noise: "noise (no article's text)",
  page: "a page header",
  kicker: "the kicker (引题)",
  "kicker+": "the kicker's next line",
  title: "the title",
  "title+": "the title's next line",
  subtitle: "the subtitle (副题)",
  "subtitle+": "the subtitle's next line",
  byline: "the byline",
  "byline+": "the byline's next line",
  pstart: "a new paragraph",
  pcont: "the paragraph above, continued",
  credit: "a closing credit (byline)",
  "credit+": "the credit's next line",
};

/** A doubt as the contract publishes it: the kind, the line, the two readings in words. */
export function describeDoubt(d: Doubt): { kind: DoubtKind; line: number; reading: string; alternative: string } {
  return { kind: d.kind, line: d.line, reading: READING[d.chosen], alternative: READING[d.alternative] };
}

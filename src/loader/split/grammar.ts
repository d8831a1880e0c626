/**
 * The line labels and the grammar of each layout: which label may follow which.
 *
 * Every line gets one role. A state is a layout and a role (`A.title`), so the
 * decoder reads an issue as headline-first (A) or body-first (B) page by page:
 * it may switch layout only at a page header.
 *
 *   A: [kicker] title [subtitle] [byline] paragraphs [credit]       (captions may stand before the byline)
 *   B: paragraphs [credit] [kicker] title [subtitle]
 *
 * `…+` roles continue the part above them (a wrapped title, a byline's second
 * line); `pstart` opens a paragraph and `pcont` continues it.
 */

export const ROLES = [
  "noise",
  "page",
  "kicker",
  "kicker+",
  "title",
  "title+",
  "subtitle",
  "subtitle+",
  "byline",
  "byline+",
  "pstart",
  "pcont",
  "credit",
  "credit+",
] as const;
export type Role = (typeof ROLES)[number];
export type Layout = "A" | "B";
export const LAYOUTS: Layout[] = ["A", "B"];

export const HEADLINE_ROLES = new Set<Role>(["kicker", "kicker+", "title", "title+", "subtitle", "subtitle+"]);
export const BODY_ROLES = new Set<Role>(["pstart", "pcont"]);

const HEAD: Role[] = ["kicker", "title"];
const BODY_NEXT: Role[] = ["pstart", "pcont"];

/** Which roles may follow each role, per layout. `^` is the start of the file, `$` its end. */
const NEXT: Record<Layout, Partial<Record<Role | "^", (Role | "$")[]>>> = {
  A: {
    "^": ["noise", "page", ...HEAD, "pstart"],
    noise: ["noise", "page", ...HEAD, ...BODY_NEXT, "$"],
    page: ["noise", "page", ...HEAD, "pstart", "$"],
    kicker: ["kicker+", "title"],
    "kicker+": ["kicker+", "title"],
    title: ["title+", "subtitle", "byline", "pstart"],
    "title+": ["title+", "subtitle", "byline", "pstart"],
    subtitle: ["subtitle+", "byline", "pstart"],
    "subtitle+": ["subtitle+", "byline", "pstart"],
    byline: ["byline+", "pstart"],
    "byline+": ["byline+", "pstart"],
    pstart: ["pstart", "pcont", "byline", "credit", "noise", "page", ...HEAD, "$"],
    pcont: ["pstart", "pcont", "byline", "credit", "noise", "page", ...HEAD, "$"],
    credit: ["credit+", "noise", "page", ...HEAD, "pstart", "$"],
    "credit+": ["credit+", "noise", "page", ...HEAD, "pstart", "$"],
  },
  B: {
    "^": ["noise", "page", "pstart", "pcont"],
    noise: ["noise", "page", ...HEAD, ...BODY_NEXT, "$"],
    page: ["noise", "page", "pstart", "pcont", "$"],
    pstart: ["pstart", "pcont", "credit", "noise", ...HEAD, "$"],
    pcont: ["pstart", "pcont", "credit", "noise", ...HEAD, "$"],
    credit: ["credit+", ...HEAD],
    "credit+": ["credit+", ...HEAD],
    kicker: ["kicker+", "title"],
    "kicker+": ["kicker+", "title"],
    title: ["title+", "subtitle", "pstart", "noise", "page", "$"],
    "title+": ["title+", "subtitle", "pstart", "noise", "page", "$"],
    subtitle: ["subtitle+", "pstart", "noise", "page", "$"],
    "subtitle+": ["subtitle+", "pstart", "noise", "page", "$"],
  },
};

/** A state: layout and role, numbered `layout index × roles + role index`. */
export const STATES = LAYOUTS.flatMap((l) => ROLES.map((r) => `${l}.${r}`));
export const stateOf = (l: Layout, r: Role) => LAYOUTS.indexOf(l) * ROLES.length + ROLES.indexOf(r);
export const roleOf = (s: number): Role => ROLES[s % ROLES.length];
export const layoutOf = (s: number): Layout => LAYOUTS[Math.floor(s / ROLES.length)];

export interface Arc {
  from: number;
  to: number;
  /**
   * Name of the arc's weight, per layout (`A.title>pstart`, `B.title>pstart`): the same
   * arc means different things in the two (in A a brief without a byline, in B the
   * usual step from a headline to the next story), so each layout has its own weight.
   */
  name: string;
}

/** Every allowed arc, including the layout switch at page headers and the arcs from `^` (from −1) and to `$` (to −1). */
export function arcs(): Arc[] {
  const out: Arc[] = [];
  for (const l of LAYOUTS) {
    for (const [from, tos] of Object.entries(NEXT[l]) as [Role | "^", (Role | "$")[]][]) {
      for (const to of tos) {
        const f = from === "^" ? -1 : stateOf(l, from);
        const t = to === "$" ? -1 : stateOf(l, to);
        const name = from === "^" ? `^>${l}.${to}` : to === "$" ? `${l}.${from}>$` : `${l}.${from}>${to}`;
        out.push({ from: f, to: t, name });
      }
    }
  }
  // A page header may start a page in the other layout.
  for (const l of LAYOUTS) {
    const other = l === "A" ? "B" : "A";
    for (const to of NEXT[other].page!) {
      if (to === "$") continue;
      out.push({ from: stateOf(l, "page"), to: stateOf(other, to), name: `${l}.page>${other}.${to}` });
    }
  }
  return out;
}

/** The distinct weight names of the arcs, in a fixed order. */
export const ARC_NAMES = [...new Set(arcs().map((a) => a.name))];

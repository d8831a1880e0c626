/**
 * The archive-wide steps after every article is tagged: names the archive knows
 * count in other articles too, one tag per thing (吉林 and 吉林省 are filed under
 * 吉林省; 区委 of one paper is not 区委 of another), then the editors' overrides.
 */
import type { IssueFile } from "../../shared/contract";
import { propagateNames } from "./known-names";
import { applyOverrides, NO_OVERRIDES, type TagOverrides } from "./overrides";
import { divisions } from "./divisions";

let official: Map<string, string> | null = null;
/** The official name of each division code, for filing every form of a place under one name (built once: ~100 ms). */
function officialNames(): Map<string, string> {
  if (official) return official;
  official = new Map<string, string>();
  for (const list of divisions().byName.values()) for (const d of list) if (!official.has(d.code)) official.set(d.code, d.full);
  return official;
}

/** Canonical names: a place by its division, a body named relative to its paper by the paper (区委（市中区报）). */
export function unifyTags(issues: IssueFile[]): void {
  const official = officialNames();
  for (const f of issues)
    for (const a of f.articles)
      for (const n of a.tags.about) {
        if (n.kind === "places" && n.code && !n.canonical) {
          const full = official.get(n.code);
          if (full && full !== n.name) n.canonical = full;
        }
        if (n.kind === "orgs" && n.relative && f.issue.publication && !n.canonical) n.canonical = `${n.name}（${f.issue.publication}）`;
      }
}

/** Everything after tagging; returns one line per override that could not be applied. */
export function finishTags(issues: IssueFile[], overrides: TagOverrides = NO_OVERRIDES): string[] {
  propagateNames(issues);
  unifyTags(issues);
  return applyOverrides(issues, overrides);
}

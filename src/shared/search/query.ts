/**
 * What a query means: terms separated by spaces; an article matches when one
 * of its fields contains every term as an exact substring after normalisation.
 * "…" keeps a phrase with spaces together.
 */
import { normalize } from "./normalize";

export interface Query {
  /** Normalised terms, distinct, longest first. */
  terms: string[];
  /** The terms as typed, in order (for messages such as "drop this term"). */
  typed: string[];
}

export const MAX_QUERY_CHARS = 200;
const MAX_TERMS = 12;

export function parseQuery(input: string): Query {
  const q = input.slice(0, MAX_QUERY_CHARS);
  const typed: string[] = [];
  for (const m of q.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/gu)) {
    const t = (m[1] ?? m[2] ?? m[3] ?? "").replace(/\s+/gu, " ").trim();
    if (t) typed.push(t);
  }
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const t of typed.slice(0, MAX_TERMS)) {
    const n = normalize(t).replace(/\s+/gu, " ").trim();
    if (n && !seen.has(n)) {
      seen.add(n);
      terms.push(n);
    }
  }
  // A term inside another adds nothing: 城 in 城市.
  const kept = terms.filter((t) => !terms.some((o) => o !== t && o.includes(t)));
  kept.sort((a, b) => [...b].length - [...a].length);
  return { terms: kept, typed: typed.slice(0, MAX_TERMS) };
}

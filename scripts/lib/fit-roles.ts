/**
 * The weights that say which of two headline parts is the title (src/loader/split/roles.ts),
 * and a check of them on headlines whose roles are printed: the local-news records with a
 * kicker or a subtitle (held-out records left out), and corpus titles with a 【栏目】 kicker
 * or a `——` subtitle (even-numbered issues).
 */
import { partFeatures, type PartFeature } from "../../src/loader/split/roles";
import type { Story } from "./corpus";
import { readLocalNews, isHeldOut } from "./gen/local-news";

interface Pair {
  a: string;
  b: string;
  /** The first part is a kicker over the title (1), or the title over a subtitle (0). */
  kicker: number;
}

function pairs(stories: Story[]): Pair[] {
  const out: Pair[] = [];
  for (const r of readLocalNews()) {
    if (isHeldOut(r.id)) continue;
    if (r.kicker && !r.subtitle) out.push({ a: r.kicker, b: r.title, kicker: 1 });
    if (r.subtitle && !r.kicker) out.push({ a: r.title, b: r.subtitle, kicker: 0 });
  }
  stories.forEach((s, i) => {
    const t = s.title.replace(/\s+/gu, " ").trim();
    const k = /^【([^】]{1,20})】\s*(.+)$/u.exec(t);
    const d = t.indexOf("——");
    if (k && d < 0) out.push({ a: i % 2 ? k[1] : `【${k[1]}】`, b: k[2], kicker: 1 });
    else if (!k && d > 0) out.push({ a: t.slice(0, d).trim(), b: i % 2 ? t.slice(d) : t.slice(d + 2), kicker: 0 });
  });
  return out;
}

/**
 * Which of two headline parts is the title, as local papers print them: a part led by a dash
 * is the subtitle; a part in spaced parallel phrases is the kicker above or the subtitle below
 * the title; a 【column】 is a kicker; the part that names its subject (高新区…) is the title;
 * otherwise a shorter first part is the kicker. Set by hand from these conventions, not fitted:
 * the local records print too few kickers and subtitles to fit on, and the national corpus
 * follows a broadcaster's conventions, not a local paper's. The fit script reports how these
 * weights do on the printed headlines of both.
 */
export const ROLE_WEIGHTS: Partial<Record<PartFeature, number>> = {
  bias: -0.25,
  "b:dash": -10,
  "a:space": 2,
  "b:space": -2,
  "a:tag": 3,
  "a:subject": -1,
  "b:subject": 1,
  "a:shorter": 0.5,
};

/** The share of printed headline pairs the role weights tell right. */
export function checkRoles(stories: Story[], weights: Partial<Record<PartFeature, number>>): { pairs: number; accuracy: number } {
  const data = pairs(stories);
  const right = data.filter((p) => (partFeatures(p.a, p.b).reduce((n, f) => n + (weights[f] ?? 0), 0) > 0 ? 1 : 0) === p.kicker).length;
  return { pairs: data.length, accuracy: right / Math.max(1, data.length) };
}

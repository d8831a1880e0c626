/** Issue metadata: from the manifest, else inferred from the text and marked so. */

import { maxOf } from "./arrays";

export interface ManifestEntry {
  id?: string;
  publication?: string;
  date?: string;
  edition?: string;
}

export interface InferredDate {
  year: number | null;
  month: number;
  day: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Days in a month; February has 29 when the year is unknown (a 2月29日 may be real). */
function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a day that exists on the calendar: 2022-02-30 and 2022-13-45 do not. */
export function isRealDay(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
}

/**
 * Why a `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD` date is impossible, or null when it is fine
 * (the form itself is checked by the contract's IssueDate).
 */
export function impossibleDate(date: string): string | null {
  const m = /^(?:(\d{4})|-)-?(\d{2})?(?:-(\d{2}))?$/u.exec(date);
  if (!m) return null;
  const year = m[1] ? Number(m[1]) : null;
  const month = m[2] ? Number(m[2]) : null;
  if (month !== null && (month < 1 || month > 12)) return `${date} has no month ${month}`;
  if (month !== null && m[3] && !isRealDay(year, month, Number(m[3]))) return `${date} is not a day on the calendar`;
  return null;
}

/**
 * The issue date the text implies: the latest 月日 it mentions, with the year
 * of a full 年月日 date if it has one, else its most frequent four-digit year.
 */
export function inferDate(text: string): InferredDate | null {
  const t = text.normalize("NFKC");
  let best: InferredDate | null = null;
  const fullYears: number[] = [];
  for (const m of t.matchAll(/(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (!isRealDay(m[1] ? Number(m[1]) : null, month, day)) continue;
    if (m[1]) fullYears.push(Number(m[1]));
    if (!best || month * 100 + day > best.month * 100 + best.day) best = { year: null, month, day };
  }
  if (!best) return null;
  let year: number | null = fullYears.length ? maxOf(fullYears) : null;
  if (year === null) {
    const counts = new Map<number, number>();
    for (const m of t.matchAll(/((?:19|20)\d{2})\s*年(?!代)/gu)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    for (const [y, c] of counts) if (year === null || c > counts.get(year)! || (c === counts.get(year)! && y > year)) year = y;
  }
  return { ...best, year };
}

/** Combine the manifest's date (possibly partial) with what the text implies. */
export function issueDate(manifest: string | undefined, inferred: InferredDate | null): { date: string | null; dateInferred: boolean } {
  if (manifest && /^\d{4}-\d{2}-\d{2}$/.test(manifest)) return { date: manifest, dateInferred: false };
  if (manifest && /^\d{4}-\d{2}$/.test(manifest)) {
    const month = Number(manifest.slice(5, 7));
    if (inferred && inferred.month === month && isRealDay(Number(manifest.slice(0, 4)), month, inferred.day))
      return { date: `${manifest}-${pad(inferred.day)}`, dateInferred: true };
    return { date: manifest, dateInferred: false };
  }
  if (manifest && /^\d{4}$/.test(manifest)) {
    if (inferred && isRealDay(Number(manifest), inferred.month, inferred.day)) {
      return { date: `${manifest}-${pad(inferred.month)}-${pad(inferred.day)}`, dateInferred: true };
    }
    return { date: manifest, dateInferred: false };
  }
  if (!inferred) return { date: null, dateInferred: false };
  const md = `${pad(inferred.month)}-${pad(inferred.day)}`;
  if (inferred.year && !isRealDay(inferred.year, inferred.month, inferred.day)) return { date: `--${md}`, dateInferred: true };
  return { date: inferred.year ? `${inferred.year}-${md}` : `--${md}`, dateInferred: true };
}

/** Folder names that say when, not who: 2022, 2022-07, 07. */
const DATE_FOLDER = /^[\d\s._-]+$/u;

/**
 * A file without a publication in the manifest (entry or defaults) takes the
 * name of the nearest folder it is in under `issues/` that is not a date:
 * `市中区报/2022/0727.txt` → 市中区报. Files directly in `issues/` get none.
 */
export function withFolderPublication(meta: ManifestEntry, relPath: string): ManifestEntry {
  if (meta.publication) return meta;
  const folder = relPath
    .split("/")
    .slice(0, -1)
    .reverse()
    .find((d) => d.trim() && !DATE_FOLDER.test(d));
  return folder ? { ...meta, publication: folder.trim() } : meta;
}

/** The warning for an issue whose year is unknown, naming its file: it is listed as undated, never as the oldest or newest. */
export function undatedWarning(source: string, date: string | null): string | null {
  return date && /^\d{4}/.test(date) ? null : `${source}: no year in the manifest or the text; the issue is listed as undated (日期不详)`;
}

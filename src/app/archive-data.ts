import { notFound } from "@tanstack/react-router";
import { UNDATED, type ListedIssue } from "../shared/archive";
import { loadCatalog, loadPeriod } from "./data";
import { periodsOfYear } from "./catalog";

/** Search of the year and month pages: ?pub=…&day=D. */
export interface PeriodSearch {
  pub?: string;
  day?: number;
}

export function validatePeriodSearch(raw: Record<string, unknown>): PeriodSearch {
  const day = typeof raw.day === "string" && /^\d{1,2}$/.test(raw.day) ? Number(raw.day) : raw.day;
  return {
    pub: typeof raw.pub === "string" && raw.pub.trim() && raw.pub.length <= 60 ? raw.pub.trim() : undefined,
    day: typeof day === "number" && Number.isInteger(day) && day >= 1 && day <= 31 ? day : undefined,
  };
}

/** Every issue of a year (or the undated ones), newest first: the year's month files. */
export async function loadYear(year: string): Promise<{ year: string; periods: { key: string; issues: ListedIssue[] }[] }> {
  if (year !== UNDATED && !/^\d{4}$/.test(year)) throw notFound();
  const keys = periodsOfYear(await loadCatalog(), year);
  if (!keys.length) throw notFound();
  const lists = await Promise.all(keys.map(loadPeriod));
  return { year, periods: keys.map((key, i) => ({ key, issues: lists[i] })) };
}

/** The issues of one month, newest first. */
export async function loadMonth(year: string, month: string): Promise<{ key: string; issues: ListedIssue[] }> {
  const key = `${year}-${month}`;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(key)) throw notFound();
  const catalog = await loadCatalog();
  if (!catalog.periods.some((p) => p.key === key)) throw notFound();
  return { key, issues: await loadPeriod(key) };
}

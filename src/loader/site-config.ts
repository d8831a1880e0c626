/**
 * Where readers report an error in an article (纠错): `KANBAO_REPORT`, else the
 * `report` of `content/site.json`: a mail address (`mailto:jiucuo@example.org` or
 * just the address) or an http(s) URL of a form. Other keys of site.json are not read here. Node only.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const SITE_FILE = "site.json";

/** The report target as a URL (`mailto:…` or `https://…`), or null with the reason it was refused. */
export function parseReport(value: unknown): { target: string | null; problem?: string } {
  if (value === undefined || value === null || value === "") return { target: null };
  if (typeof value !== "string") return { target: null, problem: "report must be a mail address or a URL" };
  const v = value.trim();
  const mail = /^(mailto:)?([^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+)$/iu.exec(v);
  if (mail) return { target: `mailto:${mail[2]}` };
  try {
    const u = new URL(v);
    if (u.protocol === "https:" || u.protocol === "http:") return { target: u.href };
  } catch {
    // not a URL
  }
  return { target: null, problem: `report "${v}" is neither a mail address nor an http(s) URL` };
}

export function reportTarget(root: string, env = process.env): { target: string | null; problem?: string } {
  if (env.KANBAO_REPORT?.trim()) return parseReport(env.KANBAO_REPORT);
  const file = join(root, SITE_FILE);
  if (!existsSync(file)) return { target: null };
  try {
    const site = JSON.parse(readFileSync(file, "utf8")) as { report?: unknown };
    const r = parseReport(site?.report);
    return r.problem ? { ...r, problem: `${file}: ${r.problem}` } : r;
  } catch (e) {
    return { target: null, problem: `${file}: not valid JSON: ${(e as Error).message}` };
  }
}

/**
 * Archives of a chosen number of issues, laid out from the shared corpus as CMS
 * exports (one JSONL file per paper and month, in a folder named after the
 * paper, so the loader takes the publication from the folder): the corpus's
 * own days as issues of one paper up to 1,460 issues; beyond that, each day's
 * stories shared out among several papers (a district's 区报 of the same day).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { byIssue, type Story } from "./corpus";

const PAPERS = ["市中区报", "薛城区报", "峄城区报", "台儿庄区报", "山亭区报", "滕州日报", "高新区报", "枣庄晚报"];

/** Stories grouped into `issues` issues (or as many as the corpus gives), each with its paper. */
export function issuesOf(stories: Story[], issues: number): { paper: string; stories: Story[] }[] {
  const days = byIssue(stories);
  if (issues <= days.length) return days.slice(0, issues).map((s) => ({ paper: PAPERS[0], stories: s }));
  // Papers per day, so that the total comes to about `issues`.
  const per = Math.min(PAPERS.length, Math.ceil(issues / days.length));
  const out: { paper: string; stories: Story[] }[] = [];
  for (const day of days)
    for (let p = 0; p < per && p < day.length; p++) out.push({ paper: PAPERS[p], stories: day.filter((_, i) => i % per === p) });
  return out.slice(0, issues);
}

/** Write the issues as a content folder: `issues/<paper>/<YYYY-MM>.jsonl`, records grouped by their `issue` field. */
export function writeArchive(dir: string, issues: { paper: string; stories: Story[] }[]): void {
  rmSync(dir, { recursive: true, force: true });
  const files = new Map<string, string[]>();
  for (const { paper, stories } of issues) {
    for (const s of stories) {
      const path = join(dir, "issues", paper, `${s.date.slice(0, 7)}.jsonl`);
      const issue = `${s.issue}-${PAPERS.indexOf(paper)}`;
      (files.get(path) ?? files.set(path, []).get(path)!).push(JSON.stringify({ ...s, issue }));
    }
  }
  for (const [path, lines] of files) {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, `${lines.join("\n")}\n`);
  }
}

/**
 * A synthetic archive built in memory (no parsing): many issues of several
 * papers over years, some undated, articles with pages and tags, for tests of
 * the split catalog, split issues, 往期 and the year and month pages.
 */
import type { Catalog, IssueFile, IssueSummary } from "../src/shared/contract";
import type { ContentBuild } from "../src/loader/build";
import type { PageRef } from "../src/shared/archive";

export interface FixtureOptions {
  /** Issues per publication. */
  perPublication?: number;
  publications?: string[];
  /** Articles per issue. */
  articles?: number;
  /** Paragraphs per article (large values make huge issues). */
  paragraphs?: number;
  /** Issues without a date, per publication. */
  undated?: number;
  /** Pages of each issue (articles spread over them in order); 0 for none. */
  pages?: number;
}

const PAGE_NAMES = ["要闻", "综合", "经济", "文化"];
const pad = (n: number) => String(n).padStart(2, "0");

/** Day `n` counted from 2016-01-01, as YYYY-MM-DD (every third day: about ten years for 1,200 issues). */
function dayOf(n: number): string {
  const d = new Date(Date.UTC(2016, 0, 1 + n * 3));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function fixtureIssues(o: FixtureOptions = {}): IssueFile[] {
  const { perPublication = 30, publications = ["甲报", "乙报"], articles = 3, paragraphs = 2, undated = 1, pages = 0 } = o;
  const out: IssueFile[] = [];
  publications.forEach((pub, p) => {
    for (let n = 0; n < perPublication + undated; n++) {
      const date = n < perPublication ? dayOf(n) : null;
      const id = `p${p}-${date ?? `undated-${n}`}`;
      out.push({
        version: 1,
        issue: {
          id,
          source: `${pub}/${id}.txt`,
          publication: pub,
          date,
          dateInferred: false,
          edition: null,
          layout: "A",
          encoding: "utf-8",
          articleCount: articles,
        },
        articles: Array.from({ length: articles }, (_, k) => {
          const page: PageRef | null = pages
            ? { number: `A${pad(Math.floor((k * pages) / articles) + 1)}`, name: PAGE_NAMES[Math.floor((k * pages) / articles) % 4] }
            : null;
          const body = Array.from(
            { length: paragraphs },
            (_, j) => `${pub}第${n + 1}期第${k + 1}篇第${j + 1}段，区里召开会议部署工作，宋磊出席。`,
          );
          return {
            id: `a${k + 1}`,
            order: k + 1,
            kicker: null,
            title: `${pub}第${n + 1}期第${k + 1}篇`,
            subtitle: null,
            byline: "记者 王明",
            paragraphs: body,
            chars: body.join("").length,
            authors: ["王明"],
            // Two issues in a row share a building site: related articles for each other.
            tags: {
              people: k === 0 ? ["宋磊"] : [],
              places: [`第${k + 1}街道`],
              orgs: [`${pub}${Math.floor(n / 2)}号工地`],
              topics: [],
              kinds: [],
              about: [],
            },
            page,
            doubts: [],
          };
        }),
        noise: [],
        warnings: [],
      });
    }
  });
  const key = (d: string | null) => d ?? "";
  return out.sort((a, b) =>
    key(a.issue.date) < key(b.issue.date) ? 1 : key(a.issue.date) > key(b.issue.date) ? -1 : a.issue.id < b.issue.id ? -1 : 1,
  );
}

/** The issues as a content build, with the catalog the loader would make. */
export function fixtureBuild(o: FixtureOptions = {}): ContentBuild {
  const issues = fixtureIssues(o);
  const pubs = [...new Set(issues.map((f) => f.issue.publication!))].sort();
  const catalog: Catalog = {
    version: 1,
    issues: issues.map((f): IssueSummary => ({ ...f.issue, leads: f.articles.slice(0, 3).map((a) => ({ id: a.id, title: a.title })) })),
    publications: pubs.map((name) => ({ name, issueCount: issues.filter((f) => f.issue.publication === name).length })),
  };
  return { root: "", catalog, issues, problems: [], notes: [], redirects: [], ledger: "", files: issues.length };
}

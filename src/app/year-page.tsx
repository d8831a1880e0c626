import { Link } from "@tanstack/react-router";
import { UNDATED, type CatalogIndex, type ListedIssue } from "../shared/archive";
import { issueLabel } from "./format";
import { publicationAt, yearsOf } from "./catalog";
import { PublicationFilter } from "./publication-filter";

const monthName = (key: string) => (key.length === 7 ? `${Number(key.slice(5))}月` : "月份不详");

/** One line per issue: its label and its article count. */
export function IssueLines({ issues, label }: { issues: ListedIssue[]; label: string }) {
  return (
    <ul aria-label={label} className="issue-lines">
      {issues.map((i) => (
        <li key={i.id}>
          <Link to="/issues/$issueId" params={{ issueId: i.id }}>
            {issueLabel(i)}
          </Link>
          <span className="text-sm text-muted"> · {i.articleCount} 篇</span>
        </li>
      ))}
    </ul>
  );
}

interface Props {
  catalog: CatalogIndex;
  year: string;
  periods: { key: string; issues: ListedIssue[] }[];
  pub?: string;
}

/** A year's issues by month (or the undated ones), with the months to jump to and the years beside it. */
export function YearPage({ catalog, year, periods, pub }: Props) {
  const shown = periods
    .map((p) => ({ ...p, issues: p.issues.filter((i) => !pub || i.publication === pub) }))
    .filter((p) => p.issues.length);
  const total = shown.reduce((n, p) => n + p.issues.length, 0);
  const years = yearsOf(catalog, publicationAt(catalog, pub)).map((y) => y.year);
  const at = years.indexOf(year);
  const title = year === UNDATED ? "日期不详的报纸" : `${year}年`;
  return (
    <section aria-labelledby="year-title">
      <h1 id="year-title" className="page-title">
        {title}
        {pub ? ` · ${pub}` : ""}
      </h1>
      <p className="text-muted">共 {total} 期</p>
      <PublicationFilter catalog={catalog} pub={pub} />
      {year !== UNDATED && (
        <nav aria-label="切换年份" className="period-nav">
          {years[at + 1] && (
            <Link to="/dates/$year" params={{ year: years[at + 1] }} search={{ pub }} className="button">
              ← {years[at + 1]}年
            </Link>
          )}
          {years[at - 1] && (
            <Link to="/dates/$year" params={{ year: years[at - 1] }} search={{ pub }} className="button">
              {years[at - 1]}年 →
            </Link>
          )}
        </nav>
      )}
      {shown.length > 1 && (
        <nav aria-label="本年月份" className="chips">
          {shown.map((p) => (
            <a key={p.key} href={`#m-${p.key}`} className="chip">
              {monthName(p.key)}（{p.issues.length}）
            </a>
          ))}
        </nav>
      )}
      {!shown.length && <p className="mt-2">没有符合条件的报纸。</p>}
      {shown.map((p) => (
        <section key={p.key} id={`m-${p.key}`} aria-labelledby={`h-${p.key}`} className="mt-6">
          <h2 id={`h-${p.key}`} className="section-title">
            {p.key.length === 7 ? (
              <Link to="/dates/$year/$month" params={{ year: p.key.slice(0, 4), month: p.key.slice(5) }} search={{ pub }}>
                {year}年{monthName(p.key)}
              </Link>
            ) : year === UNDATED ? (
              "日期不详"
            ) : (
              `${year}年 · 月份不详`
            )}
            <span className="count">（{p.issues.length} 期）</span>
          </h2>
          <IssueLines issues={p.issues} label={year === UNDATED ? title : `${year}年${monthName(p.key)}的报纸`} />
        </section>
      ))}
    </section>
  );
}

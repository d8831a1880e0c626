import { Link } from "@tanstack/react-router";
import type { CatalogIndex, ListedIssue } from "../shared/archive";
import { fullDate, monthNeighbours, publicationAt } from "./catalog";
import { IssueCalendar } from "./issue-calendar";
import { IssueList } from "./issue-list";
import { PublicationFilter } from "./publication-filter";

interface Props {
  catalog: CatalogIndex;
  month: string;
  issues: ListedIssue[];
  pub?: string;
  day?: number;
}

const label = (key: string) => `${Number(key.slice(0, 4))}年${Number(key.slice(5))}月`;

/** A month's issues with their headlines, the month's days, and the months beside it; `day` narrows to one day. */
export function MonthPage({ catalog, month, issues, pub, day }: Props) {
  const ofPub = issues.filter((i) => !pub || i.publication === pub);
  const dayKey = day ? `${month}-${String(day).padStart(2, "0")}` : null;
  const shown = dayKey ? ofPub.filter((i) => fullDate(i) === dayKey) : ofPub;
  const { older, newer } = monthNeighbours(catalog, month, publicationAt(catalog, pub));
  const year = month.slice(0, 4);
  return (
    <section aria-labelledby="month-title">
      <h1 id="month-title" className="page-title">
        {label(month)}
        {pub ? ` · ${pub}` : ""}
      </h1>
      <p className="text-muted">
        本月 {ofPub.length} 期 ·{" "}
        <Link to="/dates/$year" params={{ year }} search={{ pub }} className="inline-link">
          {Number(year)}年全部
        </Link>
      </p>
      <PublicationFilter catalog={catalog} pub={pub} />
      <div className="home-grid">
        <div className="home-side">
          <IssueCalendar month={month} issues={ofPub} pub={pub} />
          <nav aria-label="切换月份" className="period-nav">
            {older && (
              <Link
                to="/dates/$year/$month"
                params={{ year: older.slice(0, 4), month: older.slice(5) }}
                search={{ pub }}
                className="button"
              >
                ← {label(older)}
              </Link>
            )}
            {newer && (
              <Link
                to="/dates/$year/$month"
                params={{ year: newer.slice(0, 4), month: newer.slice(5) }}
                search={{ pub }}
                className="button"
              >
                {label(newer)} →
              </Link>
            )}
          </nav>
        </div>
        <div>
          <IssueList issues={shown} title={dayKey ? `${label(month)}${day}日` : `${label(month)}各期`} />
          {dayKey && (
            <p className="mt-4">
              <Link to="/dates/$year/$month" params={{ year, month: month.slice(5) }} search={{ pub }} className="inline-link">
                本月全部
              </Link>
            </p>
          )}
        </div>
      </div>
    </section>
  );
}

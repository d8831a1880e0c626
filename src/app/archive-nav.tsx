import { Link } from "@tanstack/react-router";
import { UNDATED, type CatalogIndex, type ListedIssue } from "../shared/archive";
import { monthsOf, publicationAt, undatedCount, yearsOf } from "./catalog";
import { IssueCalendar } from "./issue-calendar";

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));

interface Props {
  catalog: CatalogIndex;
  pub?: string;
  /** The year shown; default the newest. */
  year?: number;
  /** The month whose days are shown (`YYYY-MM`), with its issues. */
  month?: { key: string; issues: ListedIssue[] };
}

/**
 * 往期: any date in three taps, year → month → day. Each tap keeps the page
 * where it is (no jump to the top); the counts come from the catalog entry, the
 * days from the chosen month's file.
 */
export function ArchiveNav({ catalog, pub, year, month }: Props) {
  const at = publicationAt(catalog, pub);
  const years = yearsOf(catalog, at);
  const undated = undatedCount(catalog, at);
  if (!years.length && !undated) return null;
  const shownYear = month?.key.slice(0, 4) ?? (year && years.some((y) => y.year === String(year)) ? String(year) : years[0]?.year);
  const months = shownYear ? monthsOf(catalog, shownYear, at) : new Map<string, number>();
  return (
    <section aria-labelledby="archive-title" className="archive-nav">
      <h2 id="archive-title" className="section-title">
        往期
      </h2>
      <nav aria-label="按年份">
        <ul className="chips">
          {years.map((y) => (
            <li key={y.year}>
              <Link
                to="/"
                search={{ pub, year: Number(y.year) }}
                resetScroll={false}
                className="chip"
                aria-current={y.year === shownYear ? "true" : undefined}
              >
                {y.year}年<span className="count">（{y.count}）</span>
              </Link>
            </li>
          ))}
          {undated > 0 && (
            <li>
              <Link to="/dates/$year" params={{ year: UNDATED }} search={{ pub }} className="chip">
                日期不详<span className="count">（{undated}）</span>
              </Link>
            </li>
          )}
        </ul>
      </nav>
      {shownYear && (
        <nav aria-label={`${shownYear}年的月份`} className="mt-3">
          <ul className="month-grid">
            {MONTHS.map((mm) => {
              const n = months.get(mm);
              const key = `${shownYear}-${mm}`;
              return (
                <li key={mm}>
                  {n ? (
                    <Link
                      to="/"
                      search={{ pub, month: key }}
                      resetScroll={false}
                      className="month-cell has-issue"
                      aria-current={month?.key === key ? "true" : undefined}
                      aria-label={`${Number(mm)}月，${n}期`}
                    >
                      {Number(mm)}月
                    </Link>
                  ) : (
                    <span className="month-cell">{Number(mm)}月</span>
                  )}
                </li>
              );
            })}
          </ul>
          <p className="mt-2">
            <Link to="/dates/$year" params={{ year: shownYear }} search={{ pub }} className="inline-link">
              {shownYear}年全部{months.has("00") ? `（含月份不详的 ${months.get("00")} 期）` : ""}
            </Link>
          </p>
        </nav>
      )}
      {month && (
        <div className="mt-3">
          <h3 className="text-base font-bold">
            {Number(month.key.slice(0, 4))}年{Number(month.key.slice(5))}月
          </h3>
          <IssueCalendar month={month.key} issues={month.issues} pub={pub} />
          <p className="mt-2">
            <Link
              to="/dates/$year/$month"
              params={{ year: month.key.slice(0, 4), month: month.key.slice(5) }}
              search={{ pub }}
              className="inline-link"
            >
              本月各期
            </Link>
          </p>
        </div>
      )}
    </section>
  );
}

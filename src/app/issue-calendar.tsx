import { Link } from "@tanstack/react-router";
import type { IssueSummary } from "../shared/contract";
import { fullDate, issueMonths } from "./catalog";

const WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"];
const pad = (n: number) => String(n).padStart(2, "0");

/** 往期: a month of days, the days with issues linked; months with issues to step through. */
export function IssueCalendar({ issues, month, pub }: { issues: IssueSummary[]; month?: string; pub?: string }) {
  const months = issueMonths(issues);
  if (!months.length) return null;
  const shown = month && months.includes(month) ? month : months[0];
  const [y, m] = shown.split("-").map(Number);
  const byDay = new Map<string, IssueSummary[]>();
  for (const i of issues) {
    const d = fullDate(i);
    if (d?.startsWith(shown)) byDay.set(d, [...(byDay.get(d) ?? []), i]);
  }
  const days = new Date(y, m, 0).getDate();
  const lead = (new Date(y, m - 1, 1).getDay() + 6) % 7;
  const at = months.indexOf(shown);
  const older = months[at + 1];
  const newer = months[at - 1];
  return (
    <section aria-labelledby="calendar-title" className="calendar">
      <div className="flex items-center justify-between gap-2">
        <h2 id="calendar-title" className="section-title">
          往期 · {y}年{m}月
        </h2>
        <nav aria-label="切换月份" className="flex gap-1">
          {older ? (
            <Link to="/" search={{ pub, month: older }} className="button" aria-label={`上一个有报纸的月份（${older}）`}>
              ‹
            </Link>
          ) : null}
          {newer ? (
            <Link to="/" search={{ pub, month: newer }} className="button" aria-label={`下一个有报纸的月份（${newer}）`}>
              ›
            </Link>
          ) : null}
        </nav>
      </div>
      <table className="calendar-grid">
        <caption className="sr-only">
          {y}年{m}月出版的报纸
        </caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" abbr={`星期${d}`}>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: Math.ceil((lead + days) / 7) }, (_, week) => (
            <tr key={week}>
              {Array.from({ length: 7 }, (_, wd) => {
                const day = week * 7 + wd - lead + 1;
                if (day < 1 || day > days) return <td key={wd} />;
                const date = `${shown}-${pad(day)}`;
                const on = byDay.get(date);
                return (
                  <td key={wd}>
                    {on ? (
                      <Link
                        to={on.length === 1 ? "/issues/$issueId" : "/"}
                        params={on.length === 1 ? { issueId: on[0].id } : undefined}
                        search={on.length === 1 ? undefined : { pub, date }}
                        className="day has-issue"
                        aria-label={`${m}月${day}日，${on.length}期`}
                      >
                        {day}
                      </Link>
                    ) : (
                      <span className="day">{day}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { Link } from "@tanstack/react-router";
import type { ListedIssue } from "../shared/archive";
import { fullDate } from "./catalog";

const WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"];
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A month of days, the days with issues linked: to the issue when there is one,
 * else to the month's page listing that day's issues.
 */
export function IssueCalendar({ month, issues, pub }: { month: string; issues: ListedIssue[]; pub?: string }) {
  const [y, m] = month.split("-").map(Number);
  const byDay = new Map<string, ListedIssue[]>();
  for (const i of issues) {
    const d = fullDate(i);
    if (d?.startsWith(month) && (!pub || i.publication === pub)) byDay.set(d, [...(byDay.get(d) ?? []), i]);
  }
  const days = new Date(y, m, 0).getDate();
  const lead = (new Date(y, m - 1, 1).getDay() + 6) % 7;
  return (
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
              const on = byDay.get(`${month}-${pad(day)}`);
              const label = `${m}月${day}日，${on?.length ?? 0}期`;
              return (
                <td key={wd}>
                  {on && on.length === 1 && (
                    <Link to="/issues/$issueId" params={{ issueId: on[0].id }} className="day has-issue" aria-label={label}>
                      {day}
                    </Link>
                  )}
                  {on && on.length > 1 && (
                    <Link
                      to="/dates/$year/$month"
                      params={{ year: String(y), month: pad(m) }}
                      search={{ pub, day }}
                      className="day has-issue"
                      aria-label={label}
                    >
                      {day}
                    </Link>
                  )}
                  {!on && <span className="day">{day}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useRef } from "react";
import type { Timeline } from "../shared/search/timeline";

interface Props {
  timeline: Timeline;
  /** The date filter now: a bar inside it is marked. */
  from?: string;
  to?: string;
  /** Narrow to a period (`YYYY-MM` bounds), or widen again (both undefined). */
  onPeriod: (from: string | undefined, to: string | undefined) => void;
  /** What is counted: 篇 of matches, mentions of a tag. */
  what?: string;
}

/** Is the bar's period inside the date filter? */
function chosen(key: string, from?: string, to?: string): boolean {
  if (!from && !to) return false;
  const lo = key.length === 4 ? `${key}-01` : key;
  const hi = key.length === 4 ? `${key}-12` : key;
  return (!from || from.slice(0, 7) <= lo) && (!to || to.slice(0, 7) >= hi);
}

const label = (key: string) => (key.length === 4 ? `${key}年` : `${Number(key.slice(5))}月`);

/**
 * Matches per year, or per month within a year: a bar is a button that narrows
 * the results to its period (the date filter, kept in the URL). One Tab stop;
 * ← → move between bars, Enter or Space chooses. The table under it says the same in words.
 */
export function TimelineChart({ timeline, from, to, onPeriod, what = "篇" }: Props) {
  const group = useRef<HTMLDivElement>(null);
  const { bars, unit, year } = timeline;
  if (!bars.length || !bars.some((b) => b.count)) return null;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const total = bars.reduce((n, b) => n + b.count, 0);
  const peak = bars.reduce((a, b) => (b.count > a.count ? b : a), bars[0]);
  const title = unit === "year" ? "各年篇数" : `${year}年各月篇数`;
  const focusable = Math.max(
    0,
    bars.findIndex((b) => chosen(b.key, from, to)),
  );
  const pick = (key: string) => {
    if (unit === "year") onPeriod(`${key}-01`, `${key}-12`);
    else if (chosen(key, from, to) && from?.slice(0, 7) === to?.slice(0, 7)) onPeriod(`${year}-01`, `${year}-12`);
    else onPeriod(key, key);
  };
  const onKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(group.current?.querySelectorAll<HTMLButtonElement>("button[data-bar]") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next =
      e.key === "ArrowRight" ? at + 1 : e.key === "ArrowLeft" ? at - 1 : e.key === "Home" ? 0 : e.key === "End" ? buttons.length - 1 : -2;
    if (next === -2) return;
    e.preventDefault();
    const b = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
    buttons.forEach((x) => (x.tabIndex = x === b ? 0 : -1));
    b.focus();
  };
  return (
    <figure className="timeline no-print" aria-labelledby="timeline-title">
      <figcaption id="timeline-title" className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm font-bold">{title}</span>
        {(from || to) && (
          <button type="button" className="link" onClick={() => onPeriod(undefined, undefined)}>
            {unit === "month" ? "看全部年份" : "取消日期筛选"}
          </button>
        )}
      </figcaption>
      <p id="timeline-summary" className="sr-only">
        合计 {total} {what}，{label(peak.key)}最多（{peak.count} {what}）。按左右方向键在各{unit === "year" ? "年" : "月"}
        之间移动，回车只看那一段。
      </p>
      {/* Arrow keys move between the bars, which are the controls. */}
      <div ref={group} role="toolbar" aria-label={title} aria-describedby="timeline-summary" className="timeline-bars" onKeyDown={onKey}>
        {bars.map((b, i) => (
          <button
            key={b.key}
            type="button"
            data-bar=""
            tabIndex={i === focusable ? 0 : -1}
            aria-pressed={chosen(b.key, from, to)}
            aria-label={`${unit === "year" ? label(b.key) : `${year}年${label(b.key)}`}：${b.count} ${what}`}
            className="timeline-bar"
            onClick={() => pick(b.key)}
          >
            <span className="timeline-count" aria-hidden="true">
              {b.count || ""}
            </span>
            <span className="timeline-fill" style={{ height: `${Math.round((b.count / max) * 100)}%` }} />
            <span className="timeline-label" aria-hidden="true">
              {unit === "year" ? (bars.length > 8 ? `’${b.key.slice(2)}` : b.key) : Number(b.key.slice(5))}
            </span>
          </button>
        ))}
      </div>
      <details className="mt-1 text-sm">
        <summary className="inline-link">以表格查看</summary>
        <table className="timeline-table">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{unit === "year" ? "年份" : "月份"}</th>
              <th scope="col">{what}数</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key}>
                <th scope="row">{label(b.key)}</th>
                <td>{b.count}</td>
              </tr>
            ))}
            {timeline.undated > 0 && (
              <tr>
                <th scope="row">日期不详</th>
                <td>{timeline.undated}</td>
              </tr>
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

import type { SortOrder } from "../../shared/search/sort";

const LABELS: Record<SortOrder, string> = { relevance: "相关度", new: "最新", old: "最早" };

/** 排序: relevance (with a query), newest or oldest first; the choice lives in the URL. */
export function SortControl({
  value,
  onChange,
  withRelevance,
}: {
  value: SortOrder;
  onChange: (s: SortOrder) => void;
  withRelevance: boolean;
}) {
  const orders: SortOrder[] = withRelevance ? ["relevance", "new", "old"] : ["new", "old"];
  return (
    <fieldset className="sort-control no-print">
      <legend className="sr-only">排序</legend>
      <span aria-hidden="true" className="text-sm text-muted">
        排序
      </span>
      {orders.map((o) => (
        <label key={o} className="choice">
          <input type="radio" name="sort" value={o} checked={value === o} onChange={() => onChange(o)} className="sr-only" />
          <span>{LABELS[o]}</span>
        </label>
      ))}
    </fieldset>
  );
}

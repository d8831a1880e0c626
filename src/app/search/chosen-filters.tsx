import { toggleTag, type FilterParams } from "./filter-params";
import { formatDate } from "../format";

/** The chosen tags and dates above the results on phones (the panel with them is below there), each removable. */
export function ChosenFilters({ filters, onChange }: { filters: FilterParams; onChange: (f: FilterParams) => void }) {
  const tags = filters.tags ?? [];
  if (!tags.length && !filters.from && !filters.to) return null;
  const range = [filters.from ? `${formatDate(filters.from)}起` : "", filters.to ? `至${formatDate(filters.to)}` : ""].join("");
  return (
    <ul aria-label="已选条件" className="chips chosen-filters">
      {tags.map((t) => (
        <li key={t}>
          <button type="button" className="chip chip-on" onClick={() => onChange(toggleTag(filters, t))}>
            {t.replace(":", "：")}
            <span aria-hidden="true"> ×</span>
            <span className="sr-only">（取消）</span>
          </button>
        </li>
      ))}
      {(filters.from || filters.to) && (
        <li>
          <button type="button" className="chip chip-on" onClick={() => onChange({ ...filters, from: undefined, to: undefined })}>
            {range}
            <span aria-hidden="true"> ×</span>
            <span className="sr-only">（取消日期）</span>
          </button>
        </li>
      )}
    </ul>
  );
}

import { rangeLabel, toggleTag, type FilterParams } from "./filter-params";
import { formatDate } from "../format";
import { RemovableChip } from "./removable-chip";

/** The chosen tags and dates above the results on phones (the panel with them is below there), each removable. */
export function ChosenFilters({ filters, onChange }: { filters: FilterParams; onChange: (f: FilterParams) => void }) {
  const tags = filters.tags ?? [];
  if (!tags.length && !filters.from && !filters.to) return null;
  const range = rangeLabel(filters.from, filters.to, formatDate);
  return (
    <ul aria-label="已选条件" className="chips chosen-filters">
      {tags.map((t) => (
        <RemovableChip key={t} label={t.replace(":", "：")} onRemove={() => onChange(toggleTag(filters, t))} />
      ))}
      {(filters.from || filters.to) && (
        <RemovableChip label={range} what="取消日期" onRemove={() => onChange({ ...filters, from: undefined, to: undefined })} />
      )}
    </ul>
  );
}

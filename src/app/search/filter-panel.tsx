import { TAG_KINDS, splitTag } from "../../shared/search/tag-format";
import { asDay, toggleTag, type FilterParams } from "./filter-params";
import { TagFinder } from "./tag-finder";
import { RemovableChip } from "./removable-chip";

interface Props {
  facets: { t: string; c: number }[];
  filters: FilterParams;
  onChange: (f: FilterParams) => void;
  unknown?: string[];
}

/** Tags grouped by kind, each with the number of articles it would leave; a date range beside them. */
export function FilterPanel({ facets, filters, onChange, unknown = [] }: Props) {
  const selected = filters.tags ?? [];
  const counts = new Map(facets.map((f) => [f.t, f.c]));
  return (
    <section aria-labelledby="filters-title" className="filters">
      <h2 id="filters-title" className="section-title">
        筛选
      </h2>
      {unknown.length > 0 && (
        <p role="status" className="notice">
          没有这些标签，已忽略：{unknown.join("、")}
        </p>
      )}
      {selected.length > 0 && (
        <ul aria-label="已选标签" className="chips">
          {selected.map((t) => (
            <RemovableChip key={t} label={t.replace(":", "：")} onRemove={() => onChange(toggleTag(filters, t))} />
          ))}
        </ul>
      )}
      <TagFinder exclude={selected} onPick={(t) => onChange(toggleTag(filters, t))} />
      <fieldset className="mt-3">
        <legend className="text-sm font-bold">日期</legend>
        <div className="flex flex-wrap items-center gap-2">
          <label className="date-field">
            从
            <input type="date" value={asDay(filters.from)} onChange={(e) => onChange({ ...filters, from: e.target.value || undefined })} />
          </label>
          <label className="date-field">
            到
            <input
              type="date"
              value={asDay(filters.to, true)}
              onChange={(e) => onChange({ ...filters, to: e.target.value || undefined })}
            />
          </label>
        </div>
      </fieldset>
      {TAG_KINDS.map((k) => {
        const tags = facets.filter((f) => splitTag(f.t)?.label === k.label && !selected.includes(f.t));
        if (!tags.length) return null;
        return (
          <div key={k.key} role="group" aria-labelledby={`kind-${k.key}`} className="mt-3">
            <h3 id={`kind-${k.key}`} className="text-sm font-bold">
              {k.label}
            </h3>
            <ul className="chips">
              {tags.map((f) => (
                <li key={f.t}>
                  <button type="button" className="chip" onClick={() => onChange(toggleTag(filters, f.t))}>
                    {splitTag(f.t)!.name}
                    <span className="count">（{counts.get(f.t)}）</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

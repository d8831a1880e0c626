import { useState } from "react";
import type { Catalog } from "../shared/contract";
import { IssueList } from "./issue-list";
import { IssueCalendar } from "./issue-calendar";
import { PublicationFilter } from "./publication-filter";
import { filterIssues } from "./catalog";
import { formatDate } from "./format";
import type { HomeSearch } from "./home-search";
import { FilterPanel } from "./search/filter-panel";
import { usePanelTags } from "./search/use-panel-tags";
import type { FilterParams } from "./search/filter-params";

/** Issues listed at first (and prerendered): an archive of years would make home a megabyte of HTML. */
export const HOME_ISSUES = 60;

/** Home without filters: issues newest first, the calendar, and the tag panel on request. */
export function HomeIssues({ catalog, search, onFilters }: { catalog: Catalog; search: HomeSearch; onFilters: (f: FilterParams) => void }) {
  const { pub, date, month } = search;
  const [open, setOpen] = useState(false);
  const [limit, setLimit] = useState(HOME_ISSUES);
  const panel = usePanelTags(open);
  const ofPub = filterIssues(catalog.issues, { pub });
  const shown = filterIssues(ofPub, { date });
  const title = [pub ?? "全部报纸", date ? formatDate(date) : null].filter(Boolean).join(" · ");
  return (
    <>
      <h1 className="page-title">各期报纸</h1>
      <PublicationFilter catalog={catalog} pub={pub} />
      <div className="home-grid">
        <div>
          <IssueList issues={shown.slice(0, limit)} title={title} />
          {shown.length > limit && (
            <button type="button" className="button mt-4" onClick={() => setLimit((n) => n + HOME_ISSUES)}>
              更多报纸（还有 {shown.length - limit} 期）
            </button>
          )}
        </div>
        <div>
          <IssueCalendar issues={ofPub} month={month ?? date?.slice(0, 7)} pub={pub} />
          <details className="mt-6">
            <summary className="button" onClick={() => setOpen(true)}>
              按人物、地点、主题筛选文章
            </summary>
            {panel && <FilterPanel facets={panel} filters={{}} onChange={onFilters} />}
          </details>
        </div>
      </div>
    </>
  );
}

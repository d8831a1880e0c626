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

/** Home without filters: issues newest first, the calendar, and the tag panel on request. */
export function HomeIssues({ catalog, search, onFilters }: { catalog: Catalog; search: HomeSearch; onFilters: (f: FilterParams) => void }) {
  const { pub, date, month } = search;
  const [open, setOpen] = useState(false);
  const panel = usePanelTags(open);
  const ofPub = filterIssues(catalog.issues, { pub });
  const shown = filterIssues(ofPub, { date });
  const title = [pub ?? "全部报纸", date ? formatDate(date) : null].filter(Boolean).join(" · ");
  return (
    <>
      <h1 className="page-title">各期报纸</h1>
      <PublicationFilter catalog={catalog} pub={pub} />
      <div className="home-grid">
        <IssueList issues={shown} title={title} />
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

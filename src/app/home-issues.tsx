import { useState } from "react";
import type { CatalogIndex, ListedIssue } from "../shared/archive";
import { IssueList } from "./issue-list";
import { ArchiveNav } from "./archive-nav";
import { PublicationFilter } from "./publication-filter";
import type { HomeSearch } from "./home-search";
import { FilterPanel } from "./search/filter-panel";
import { usePanelTags } from "./search/use-panel-tags";
import type { FilterParams } from "./search/filter-params";

interface Props {
  catalog: CatalogIndex;
  search: HomeSearch;
  /** The newest issues (of the chosen publication). */
  latest: ListedIssue[];
  /** The month whose days 往期 shows, with its issues. */
  month?: { key: string; issues: ListedIssue[] };
  onFilters: (f: FilterParams) => void;
}

/** Home without filters: 往期 (first on phones), the newest issues, and the tag panel on request. */
export function HomeIssues({ catalog, search, latest, month, onFilters }: Props) {
  const { pub } = search;
  const [open, setOpen] = useState(false);
  const panel = usePanelTags(open);
  return (
    <>
      <h1 className="page-title">各期报纸</h1>
      <PublicationFilter catalog={catalog} pub={pub} />
      <div className="home-grid">
        <div className="home-side">
          <ArchiveNav catalog={catalog} pub={pub} year={search.year} month={month} />
          <details className="mt-6">
            <summary className="button" onClick={() => setOpen(true)}>
              按人物、地点、主题筛选文章
            </summary>
            {panel && <FilterPanel facets={panel} filters={{}} onChange={onFilters} />}
          </details>
        </div>
        <IssueList issues={latest} title={pub ? `${pub} · 最新各期` : "最新各期"} />
      </div>
    </>
  );
}

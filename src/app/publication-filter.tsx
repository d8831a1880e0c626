import { Link } from "@tanstack/react-router";
import type { CatalogIndex } from "../shared/archive";

/** Publications as links that filter the list (the URL keeps the choice). */
export function PublicationFilter({ catalog, pub }: { catalog: Pick<CatalogIndex, "publications">; pub?: string }) {
  if (catalog.publications.length < 2) return null;
  return (
    <nav aria-label="按报纸筛选" className="chips">
      <Link to="." search={{}} className="chip" aria-current={!pub ? "page" : undefined}>
        全部
      </Link>
      {catalog.publications.map((p) => (
        <Link key={p.name} to="." search={{ pub: p.name }} className="chip" aria-current={pub === p.name ? "page" : undefined}>
          {p.name}（{p.issueCount}）
        </Link>
      ))}
    </nav>
  );
}

import { pageOf, type ArticleHead, type PageRef, type PublishedArticle } from "../shared/archive";

type Entry = PublishedArticle | ArticleHead;

export interface PageGroup<T extends Entry = Entry> {
  page: PageRef | null;
  /** Anchor of the page's section on the issue page. */
  anchor: string;
  articles: T[];
}

const anchorOf = (p: PageRef | null, i: number) => (p ? `page-${p.number.replace(/[^\w-]/gu, "") || i + 1}` : `page-${i + 1}`);

/**
 * The articles by page (版面) in print order: a run of articles on one
 * page is one group. Without any known page, one group of them all.
 */
export function byPage<T extends Entry>(articles: T[]): PageGroup<T>[] {
  if (!articles.some((a) => pageOf(a))) return [{ page: null, anchor: "contents", articles }];
  const groups: PageGroup<T>[] = [];
  for (const a of articles) {
    const p = pageOf(a);
    const last = groups[groups.length - 1];
    if (last && (last.page?.number ?? null) === (p?.number ?? null)) last.articles.push(a);
    else groups.push({ page: p, anchor: "", articles: [a] });
  }
  const used = new Set<string>();
  groups.forEach((g, i) => {
    let id = anchorOf(g.page, i);
    while (used.has(id)) id += "-2";
    used.add(id);
    g.anchor = id;
  });
  return groups;
}

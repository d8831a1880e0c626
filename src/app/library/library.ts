/** 收藏 and 最近阅读: articles kept on this device, newest first. */
import { DeviceList } from "./device-store";

export interface SavedArticle {
  issueId: string;
  articleId: string;
  title: string;
  publication: string | null;
  date: string | null;
  /** When it was saved or last read, ISO time. */
  at: string;
}

const isSaved = (x: unknown): x is SavedArticle => {
  const s = x as SavedArticle;
  return !!s && typeof s === "object" && typeof s.issueId === "string" && typeof s.articleId === "string" && typeof s.title === "string";
};

export const bookmarks = new DeviceList<SavedArticle>("kanbao:bookmarks", isSaved, 1000);
export const history = new DeviceList<SavedArticle>("kanbao:history", isSaved, 200);

const same = (a: Pick<SavedArticle, "issueId" | "articleId">, b: Pick<SavedArticle, "issueId" | "articleId">) =>
  a.issueId === b.issueId && a.articleId === b.articleId;

export const isBookmarked = (items: SavedArticle[], a: Pick<SavedArticle, "issueId" | "articleId">) => items.some((x) => same(x, a));

export function toggleBookmark(a: Omit<SavedArticle, "at">): void {
  const items = bookmarks.all();
  bookmarks.set(isBookmarked(items, a) ? items.filter((x) => !same(x, a)) : [{ ...a, at: new Date().toISOString() }, ...items]);
}

/** Reading an article puts it first in 最近阅读 (once). */
export function recordReading(a: Omit<SavedArticle, "at">): void {
  history.set([{ ...a, at: new Date().toISOString() }, ...history.all().filter((x) => !same(x, a))]);
}

export function removeFrom(list: DeviceList<SavedArticle>, a: Pick<SavedArticle, "issueId" | "articleId">): void {
  list.set(list.all().filter((x) => !same(x, a)));
}

/** The list as a file to keep or move to another device: JSON, one object per article, with its address. */
export function exportFile(name: string, items: SavedArticle[], origin: string, base: string): { filename: string; text: string } {
  const day = new Date().toISOString().slice(0, 10);
  const withUrl = items.map((x) => ({ ...x, url: `${origin}${base}issues/${x.issueId}/${x.articleId}/` }));
  return { filename: `kanbao-${name}-${day}.json`, text: `${JSON.stringify({ kanbao: name, exported: day, items: withUrl }, null, 2)}\n` };
}

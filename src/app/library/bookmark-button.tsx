import { useEffect } from "react";
import { useDeviceList } from "./device-store";
import { bookmarks, isBookmarked, recordReading, toggleBookmark, type SavedArticle } from "./library";

/** 收藏 on an article page (a toggle); opening the page puts the article into 最近阅读. */
export function BookmarkButton({ article }: { article: Omit<SavedArticle, "at"> }) {
  const items = useDeviceList(bookmarks);
  const on = isBookmarked(items, article);
  const { issueId, articleId, title, publication, date } = article;
  useEffect(() => recordReading({ issueId, articleId, title, publication, date }), [issueId, articleId, title, publication, date]);
  return (
    <button type="button" className="button" aria-pressed={on} onClick={() => toggleBookmark(article)}>
      <span aria-hidden="true">{on ? "★ " : "☆ "}</span>
      收藏
    </button>
  );
}

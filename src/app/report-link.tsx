import { useEffect, useRef } from "react";

interface Props {
  /** `mailto:…` or an http(s) URL, from the site's configuration. */
  target: string;
  url: string;
  /** `issueId/articleId` */
  id: string;
  title: string;
  /** The element whose selected text is quoted. */
  within: () => HTMLElement | null;
}

const MAX_QUOTE = 500;

/** The report's address: a mail with subject and body, or the form's URL with the same as parameters. */
export function reportHref(target: string, a: { url: string; id: string; title: string; quote: string }): string {
  if (target.startsWith("mailto:")) {
    const lines = [`文章：${a.title}`, `链接：${a.url}`, `编号：${a.id}`, ...(a.quote ? [`有误的文字：${a.quote}`] : []), "", "应为："];
    const body = lines.join("\n");
    return `${target}?subject=${encodeURIComponent(`纠错：${a.title}`)}&body=${encodeURIComponent(body)}`;
  }
  const u = new URL(target);
  u.searchParams.set("url", a.url);
  u.searchParams.set("id", a.id);
  u.searchParams.set("title", a.title);
  if (a.quote) u.searchParams.set("text", a.quote);
  return u.href;
}

/**
 * 纠错: a link to a report prefilled with the article's URL, id and title, and
 * the text the reader selected in it (kept from the last selection inside the
 * article, as clicking may clear it).
 */
export function ReportLink({ target, url, id, title, within }: Props) {
  const quote = useRef("");
  useEffect(() => {
    const onSelect = () => {
      const sel = document.getSelection();
      const box = within();
      if (sel && box && sel.rangeCount && box.contains(sel.anchorNode) && sel.toString().trim())
        quote.current = [...sel.toString().trim()].slice(0, MAX_QUOTE).join("");
    };
    document.addEventListener("selectionchange", onSelect);
    return () => document.removeEventListener("selectionchange", onSelect);
  }, [within]);
  const fill = (e: { currentTarget: HTMLAnchorElement }) => {
    e.currentTarget.href = reportHref(target, { url, id, title, quote: quote.current });
  };
  const external = !target.startsWith("mailto:");
  return (
    <a
      href={reportHref(target, { url, id, title, quote: "" })}
      className="button"
      onPointerDown={fill}
      onFocus={fill}
      onClick={fill}
      {...(external ? { target: "_blank", rel: "noopener" } : {})}
    >
      纠错
    </a>
  );
}

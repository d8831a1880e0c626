import { useEffect, useRef, useState } from "react";
import { useLocation, useNavigate } from "@tanstack/react-router";
import { MAX_QUERY_CHARS } from "../../shared/search/query";
import { validateSearchParams } from "./search-params";
import { typingIn } from "../keys";

/** The search box on every page: `/` focuses it; typing shows results as you go. */
export function SearchBox() {
  const navigate = useNavigate();
  const location = useLocation();
  const onSearch = location.pathname.endsWith("/search");
  const urlQ = onSearch ? validateSearchParams(location.search as Record<string, unknown>).q : "";
  const [value, setValue] = useState(urlQ);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (onSearch && document.activeElement !== input.current) setValue(urlQ);
  }, [urlQ, onSearch]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.altKey || e.ctrlKey || e.metaKey || typingIn(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
  }, []);

  // On the search page a new query keeps the chosen filters (and starts again at page 1).
  const go = (q: string) =>
    void navigate({
      to: "/search",
      search: (s: Record<string, unknown>) => (onSearch ? { ...s, q, page: undefined } : { q }),
      replace: onSearch,
    });

  return (
    <form
      role="search"
      aria-label="全文搜索"
      className="search-form"
      onSubmit={(e) => {
        e.preventDefault();
        go(value);
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        搜索全文
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        value={value}
        maxLength={MAX_QUERY_CHARS}
        placeholder="搜索全文"
        aria-keyshortcuts="/"
        autoComplete="off"
        enterKeyHint="search"
        className="search-input"
        onChange={(e) => {
          setValue(e.target.value);
          go(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            const first = document.querySelector<HTMLElement>("[data-result-link]");
            if (first) {
              e.preventDefault();
              first.focus();
            }
          }
        }}
      />
      {/* Phones have no / key to press: the hint is for keyboards only. */}
      <kbd className="key-hint" aria-hidden="true" title="按 / 键跳到搜索框">
        /
      </kbd>
      <button type="submit" className="button">
        搜索
      </button>
    </form>
  );
}

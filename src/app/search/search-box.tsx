import { useEffect, useRef, useState } from "react";
import { useLocation, useNavigate } from "@tanstack/react-router";
import { MAX_QUERY_CHARS } from "../../shared/search/query";
import { validateSearchParams } from "./search-params";
import { typingIn } from "../keys";
import { imeKey, useTypedQuery } from "./use-typed-query";

/**
 * The search box on every page: `/` focuses it; typing shows results as you go
 * (not while an IME is composing, and once per quick run of keystrokes).
 */
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
  const typed = useTypedQuery(go);

  return (
    <form
      role="search"
      aria-label="全文搜索"
      className="search-form"
      // Before the app has taken over (or without JavaScript) the form still searches: a plain GET to the search page.
      action={`${import.meta.env.BASE_URL}search/`}
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        if (!typed.isComposing()) typed.now(value);
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        搜索全文
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        value={value}
        maxLength={MAX_QUERY_CHARS}
        placeholder="搜索全文"
        aria-keyshortcuts="/"
        autoComplete="off"
        enterKeyHint="search"
        className="search-input"
        onCompositionStart={typed.inputProps.onCompositionStart}
        onCompositionEnd={typed.inputProps.onCompositionEnd}
        onChange={(e) => {
          setValue(e.target.value);
          typed.inputProps.onInput(e);
        }}
        onKeyDown={(e) => {
          // Arrow keys and Enter pick and commit IME candidates while composing.
          if (imeKey(e)) return;
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

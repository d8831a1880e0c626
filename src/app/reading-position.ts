import { useEffect, useState } from "react";

/** Articles shorter than this are read in one go; no position is kept. */
const LONG_ARTICLE_CHARS = 1200;
const key = (id: string) => `kanbao:pos:${id}`;

// Storage may be blocked (private modes, policies): then no position is kept.
function stored(id: string): number {
  try {
    return Number(localStorage.getItem(key(id)) ?? 0);
  } catch {
    return 0;
  }
}
function store(id: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key(id));
    else localStorage.setItem(key(id), value);
  } catch {
    // not kept
  }
}

function scrolledShare(): number {
  const max = document.documentElement.scrollHeight - innerHeight;
  return max > 0 ? scrollY / max : 0;
}

/**
 * Remember how far a long article was read and return there on the next visit.
 * Returns whether the page was restored, and a way back to the top.
 */
export function useReadingPosition(id: string, chars: number): { resumed: boolean; restart: () => void } {
  const [resumed, setResumed] = useState(false);
  useEffect(() => {
    if (chars < LONG_ARTICLE_CHARS) return;
    const saved = stored(id);
    if (saved > 0.05 && saved < 0.95 && !location.hash) {
      const max = document.documentElement.scrollHeight - innerHeight;
      scrollTo({ top: saved * max });
      setResumed(true);
    } else setResumed(false);
    let timer = 0;
    const save = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => store(id, scrolledShare().toFixed(3)), 200);
    };
    addEventListener("scroll", save, { passive: true });
    return () => {
      clearTimeout(timer);
      removeEventListener("scroll", save);
    };
  }, [id, chars]);
  return {
    resumed,
    restart: () => {
      store(id, null);
      scrollTo({ top: 0 });
      setResumed(false);
    },
  };
}

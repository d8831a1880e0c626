import { Link } from "@tanstack/react-router";
import { markRanges, snippet } from "../../shared/search/highlight";
import { issueDateLabel, publicationName } from "../format";
import { MarkedText } from "../marked-text";
import type { ResultItem } from "./protocol";

function moveFocus(e: React.KeyboardEvent<HTMLOListElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const links = [...e.currentTarget.querySelectorAll<HTMLElement>("[data-result-link]")];
  const at = links.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  e.preventDefault();
  if (e.key === "ArrowUp" && at === 0) document.getElementById("site-search")?.focus();
  else links[Math.min(links.length - 1, Math.max(0, at + (e.key === "ArrowDown" ? 1 : -1)))].focus();
}

export function SearchResults({ items, terms, query }: { items: ResultItem[]; terms: string[]; query: string }) {
  return (
    // Arrow keys move focus between the result links inside the list; the links themselves are the controls.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <ol aria-label="搜索结果" className="results" onKeyDown={moveFocus}>
      {items.map(({ doc, fragment: f }) => {
        const s = snippet(f.x, terms);
        return (
          <li key={doc}>
            <article aria-labelledby={`r-${doc}`}>
              <h2 id={`r-${doc}`} className="result-title">
                <Link to="/issues/$issueId/$articleId" params={{ issueId: f.i, articleId: f.a }} search={{ hl: query }} data-result-link="">
                  <MarkedText text={f.t} ranges={markRanges(f.t, terms)} />
                </Link>
              </h2>
              {(f.k || f.s) && (
                <p className="text-sm text-muted">
                  <MarkedText
                    text={[f.k, f.s].filter(Boolean).join(" · ")}
                    ranges={markRanges([f.k, f.s].filter(Boolean).join(" · "), terms)}
                  />
                </p>
              )}
              <p className="meta">
                <span>{publicationName({ publication: f.p })}</span>
                <span>{issueDateLabel({ date: f.d, dateInferred: f.di })}</span>
                {f.by && <MarkedText text={f.by} ranges={markRanges(f.by, terms)} />}
              </p>
              <p className="snippet">
                {s.before && "…"}
                <MarkedText text={s.text} ranges={s.ranges} />
                {s.after && "…"}
              </p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}

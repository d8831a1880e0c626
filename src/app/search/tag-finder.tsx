import { useEffect, useState } from "react";
import type { TagNames } from "../../shared/search/tag-lookup";

/** Find any tag by part of its name (the panel lists only the most frequent). */
export function TagFinder({ onPick, exclude }: { onPick: (tag: string) => void; exclude: string[] }) {
  const [q, setQ] = useState("");
  const [found, setFound] = useState<TagNames | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!q.trim()) {
      setFound(null);
      return;
    }
    let live = true;
    import("./tag-lookup-client")
      .then(({ lookupTags }) => lookupTags(q))
      .then((r) => live && (setFound(r), setFailed(false)))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [q]);
  const shown = found?.filter(([t]) => !exclude.includes(t)) ?? [];
  return (
    <div className="mt-3">
      <label className="text-sm font-bold" htmlFor="tag-finder">
        查找标签
      </label>
      <input
        id="tag-finder"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder="人名、地名、机构…"
        className="search-input mt-1"
        autoComplete="off"
      />
      <div role="status" className="text-sm text-muted">
        {failed ? "标签没有加载成功，请再试一次。" : found && !shown.length ? "没有名字里含这几个字的标签。" : ""}
      </div>
      {shown.length > 0 && (
        <ul aria-label="找到的标签" className="chips">
          {shown.map(([t, c]) => (
            <li key={t}>
              <button type="button" className="chip" onClick={() => onPick(t)}>
                {t.replace(":", "：")}
                <span className="count">（{c}）</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useEffect, useState } from "react";
import { tagPaths, type TagMeta } from "../../shared/search/tag-format";
import { siteData } from "./site-fetch";

/** The filter panel's tags and whole-archive counts, fetched once when first needed (a few KB). */
let cached: Promise<TagMeta> | null = null;

export function usePanelTags(enabled: boolean): TagMeta["panel"] | null {
  const [panel, setPanel] = useState<TagMeta["panel"] | null>(null);
  useEffect(() => {
    if (!enabled) return;
    cached ??= siteData().run((d) => d.json<TagMeta>(tagPaths.meta()));
    let live = true;
    cached.then((m) => live && setPanel(m.panel)).catch(() => (cached = null));
    return () => {
      live = false;
    };
  }, [enabled]);
  return panel;
}

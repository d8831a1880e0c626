import { useEffect, useState } from "react";
import { tagBucket, tagPaths, type TagMeta, type TagRoles } from "../../shared/search/tag-format";
import { siteData } from "./site-fetch";

/** A person's titles over time, from the tag data (null while loading or when there are none). */
export function useTagRoles(tag: string, enabled: boolean): TagRoles | null {
  const [roles, setRoles] = useState<TagRoles | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    // Through this build's entry, like all tag data: the files have hashed names.
    siteData()
      .run(async (d) => {
        const m = await d.json<TagMeta>(tagPaths.meta());
        return d.json<Record<string, TagRoles>>(tagPaths.roles(tagBucket(tag, m.buckets)));
      })
      .then((r) => live && setRoles(r[tag] ?? null))
      // A bucket without any person's titles has no file: nothing to show.
      .catch(() => live && setRoles(null));
    return () => {
      live = false;
    };
  }, [tag, enabled]);
  return roles;
}

const span = (from: string | null, to: string | null) => (!from ? "日期不详" : from === to ? from : `${from} — ${to}`);

/** The titles a person held as the articles give them, first held first. */
export function TagRolesList({ roles }: { roles: TagRoles }) {
  return (
    <section aria-labelledby="roles-title" className="mt-3">
      <h2 id="roles-title" className="text-sm text-muted">
        职务
      </h2>
      <ul className="mt-1">
        {roles.map(([title, from, to]) => (
          <li key={title}>
            {title} · <time>{span(from, to)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}

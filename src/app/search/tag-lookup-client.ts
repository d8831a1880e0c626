import { createTagLookup, findTags, lookupPaths, type TagNames } from "../../shared/search/tag-lookup";

const base = import.meta.env.BASE_URL;
const get = async (path: string) => {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.text();
};

let loaded: Promise<{ index: ReturnType<typeof createTagLookup>; names: TagNames }> | null = null;

/** Fetch and import the tag-name index once, on first use. */
function load() {
  loaded ??= (async () => {
    const [{ keys }, names] = await Promise.all([
      get(lookupPaths.keys()).then((t) => JSON.parse(t) as { keys: string[] }),
      get(lookupPaths.names()).then((t) => JSON.parse(t) as TagNames),
    ]);
    const index = createTagLookup();
    for (const key of keys) index.import(key, await get(lookupPaths.part(key)));
    return { index, names };
  })();
  loaded.catch(() => (loaded = null));
  return loaded;
}

export async function lookupTags(query: string): Promise<TagNames> {
  const { index, names } = await load();
  return findTags(index, names, query);
}

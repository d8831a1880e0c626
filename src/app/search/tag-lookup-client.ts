import { siteData } from "./site-fetch";
import { createTagLookup, findTags, lookupPaths, type TagNames } from "../../shared/search/tag-lookup";

const decoder = new TextDecoder();

let loaded: Promise<{ index: ReturnType<typeof createTagLookup>; names: TagNames }> | null = null;

/** Fetch and import the tag-name index once, on first use. */
function load() {
  // Every part from one build: names are numbered by the index.
  loaded ??= siteData().run(async (d) => {
    const [{ keys }, names] = await Promise.all([d.json<{ keys: string[] }>(lookupPaths.keys()), d.json<TagNames>(lookupPaths.names())]);
    const parts = await Promise.all(keys.map((key) => d.load(lookupPaths.part(key))));
    const index = createTagLookup();
    keys.forEach((key, i) => index.import(key, decoder.decode(parts[i])));
    return { index, names };
  });
  loaded.catch(() => (loaded = null));
  return loaded;
}

export async function lookupTags(query: string): Promise<TagNames> {
  const { index, names } = await load();
  return findTags(index, names, query);
}

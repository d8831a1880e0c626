/** Where the tag lookup's files are, without FlexSearch itself (src/shared/search/tag-lookup.ts). */
import { SEARCH_DIR } from "./format";

/** Every tag (`label:name`) and its article count, in index id order. */
export type TagNames = [tag: string, count: number][];

export const lookupPaths = {
  names: () => `${SEARCH_DIR}/tag-names.json`,
  /** `{"keys": [...]}`: the keys FlexSearch exported. */
  keys: () => `${SEARCH_DIR}/tag-lookup/keys.json`,
  part: (key: string) => `${SEARCH_DIR}/tag-lookup/${key}.json`,
};

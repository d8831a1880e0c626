/**
 * A tag page's data beside its articles (`data/tag-info/<k>.json`, one object of
 * tag → {@link TagInfo} per hash bucket of `tagBucket`).
 */
export interface TagInfo {
  /** The tags most often in the same articles (`label:name`, number of articles), most first. */
  co: [string, number][];
  /** A person's roles as the texts give them: role, first and last issue date seen, articles; by first date. */
  roles?: [string, string | null, string | null, number][];
}

import { describe, expect, it } from "vitest";
import { createTagLookup, findTags, lookupPaths, type TagNames } from "../../src/shared/search/tag-lookup";
import { buildTagIndex } from "../../src/loader/tag-index";
import { seedIssues } from "./search-helpers";

describe("finding any tag by part of its name (FlexSearch, one configuration on both sides)", () => {
  const files = buildTagIndex(seedIssues());
  const names = JSON.parse(files.get(lookupPaths.names()) as string) as TagNames;
  // The browser's side: a fresh index importing what the loader exported.
  const index = createTagLookup();
  for (const key of (JSON.parse(files.get(lookupPaths.keys()) as string) as { keys: string[] }).keys)
    index.import(key, files.get(lookupPaths.part(key)) as string);

  it("finds tags outside the panel, by exact part of the name", () => {
    expect(findTags(index, names, "孟庄")).toEqual([["地点:孟庄镇", 1]]);
    expect(findTags(index, names, "街道").map(([t]) => t)).toEqual(
      expect.arrayContaining(["地点:光明路街道", "地点:兴城街道", "地点:张范街道"]),
    );
  });

  it("characters that occur apart are not a match: 宋磊 is not 宋晓磊", () => {
    expect(findTags(index, names, "宋磊")).toEqual([["人物:宋磊", 4]]);
    expect(findTags(index, names, "磊宋")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PhraseFinder } from "../../../src/loader/tags/phrase-finder";

// The finder must report what a plain search would: every phrase at every position, longest first.
function naive(phrases: string[], text: string): [number, string][][] {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return [...text].map((_, at) => sorted.filter((p) => text.startsWith(p, at)).map((p): [number, string] => [at, p]));
}

// 街 (U+8857), 道, 镇 and ， are past U+7FFF: a pair's key has its sign bit set.
const PHRASES = [
  "山东",
  "山东省",
  "山东省枣庄市",
  "枣庄",
  "枣庄市",
  "市中区",
  "中区",
  "东省",
  "区委",
  "区委书记",
  "书记",
  "街道",
  "道镇",
  "镇街道",
  "，街",
];
const text = fc.string({ unit: fc.constantFrom(..."山东省枣庄市中区委书记的和，街道镇"), maxLength: 40 });

describe("PhraseFinder", () => {
  it("finds every phrase at every position, longest first, as a plain search does", () => {
    fc.assert(
      fc.property(text, (t) => {
        const all: [number, string][] = [];
        new PhraseFinder(PHRASES).scanAll(t, (at, p) => (all.push([at, p]), false));
        expect(all).toEqual(naive(PHRASES, t).flat());
      }),
    );
  });

  it("gives the longest phrase of each kind at a position, and leftmost-longest runs", () => {
    const kinds = new Map(PHRASES.map((p) => [p, p.endsWith("书记") ? 2 : 1]));
    const finder = new PhraseFinder(PHRASES, kinds);
    const t = "山东省枣庄市中区委书记";
    const seen: [number, string, number][] = [];
    finder.scanKinds(t, (at, p, k) => seen.push([at, p, k]));
    // At 区 the longest phrase is 区委书记 (kind 2) and the longest of kind 1 is 区委.
    expect(seen.filter(([at]) => at === 7)).toEqual([
      [7, "区委书记", 2],
      [7, "区委", 1],
    ]);
    expect(seen[0]).toEqual([0, "山东省枣庄市", 1]);
    expect(finder.find(t)).toEqual([
      [0, "山东省枣庄市"],
      [6, "中区"],
      [9, "书记"],
    ]);
    expect(finder.findEach("枣庄")).toEqual([[0, "枣庄"]]);
  });

  it("rejects a phrase too short to find", () => {
    expect(() => new PhraseFinder(["山"])).toThrow(/too short/u);
  });
});

import { describe, expect, it } from "vitest";
import { containment, similarity, sketch } from "../../src/loader/fingerprint";
import { seedIssues } from "../shared/search-helpers";

// Real bodies: the articles of the first seed.
const bodies = seedIssues()[0].articles.map((a) => a.paragraphs);

describe("body fingerprints (what the id ledger matches articles by)", () => {
  it("the same body is the same; an unrelated one shares nothing", () => {
    expect(similarity(sketch(bodies[0]), sketch(bodies[0]))).toBe(1);
    expect(similarity(sketch(bodies[0]), sketch(bodies[4]))).toBe(0);
    expect(containment(sketch(bodies[0]), sketch(bodies[4]))).toBe(0);
  });

  it("a story a new split merged into a longer article is held whole by it, though the two are far from the same", () => {
    const merged = sketch([...bodies[1], ...bodies[2], ...bodies[3]]);
    for (const b of [bodies[1], bodies[2], bodies[3]]) {
      expect(containment(sketch(b), merged)).toBe(1);
      expect(similarity(sketch(b), merged)).toBeLessThan(0.75);
    }
    // Held in part only: the merged article does not hold the longer text it is part of.
    expect(containment(merged, sketch(bodies[1]))).toBeLessThan(1);
  });
});

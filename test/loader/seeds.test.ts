import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT, FIXTURES, headlineOf, parseFile } from "./helpers";
import { parseText } from "../../src/loader/parse-text";

interface Truth {
  noise: string[];
  articles: { headline: string[]; byline: string | null; paragraphs: string[] }[];
}
const truth: Record<string, Truth> = JSON.parse(readFileSync(join(FIXTURES, "truth.json"), "utf8"));

describe.each(Object.entries(truth))("seed %s splits as hand-checked", (file, expected) => {
  const parsed = parseFile(join(CONTENT, "issues", file));

  it(`has all ${expected.articles.length} articles`, () => {
    expect(parsed.articles.map((a) => a.title)).toHaveLength(expected.articles.length);
  });

  it.each(expected.articles.map((a, i) => [i + 1, a.headline.join(" / "), a] as const))(
    "article %i 《%s》: headline, byline, every paragraph",
    (n, _t, want) => {
      const got = parsed.articles[n - 1];
      expect(headlineOf(got)).toEqual(want.headline);
      expect(got.byline).toBe(want.byline);
      expect(got.paragraphs).toEqual(want.paragraphs);
    },
  );

  it("keeps masthead and promo lines as noise", () => {
    expect(parsed.noise).toEqual(expected.noise);
    expect(parsed.warnings).toEqual([]);
  });
});

describe("layout detection reads the text, not the file name", () => {
  it("000 is headline first, 004 body first and hard-wrapped", () => {
    expect(parseFile(join(CONTENT, "issues", "000_7377606bfa394453.txt")).layout).toMatchObject({ layout: "A", wrapped: false });
    expect(parseFile(join(CONTENT, "issues", "004_5b522bed40a50bb1.txt")).layout).toMatchObject({ layout: "B", wrapped: true });
  });
});

describe("the seeds as other extractions would give them", () => {
  const variants: [string, string, (t: string) => string][] = [
    [
      "000_7377606bfa394453.txt",
      "without blank lines",
      (t) =>
        t
          .split("\n")
          .filter((l) => l.trim())
          .join("\n"),
    ],
    ["000_7377606bfa394453.txt", "with a blank line after every line", (t) => t.replace(/\n/g, "\n\n")],
    ["004_5b522bed40a50bb1.txt", "with a blank line after every line", (t) => t.replace(/\n/g, "\r\n\r\n")],
    [
      "004_5b522bed40a50bb1.txt",
      "without blank lines",
      (t) =>
        t
          .split("\n")
          .filter((l) => l.trim())
          .join("\n"),
    ],
  ];
  it.each(variants)("%s %s splits exactly the same", (file, _how, change) => {
    const text = readFileSync(join(CONTENT, "issues", file), "utf8");
    const got = parseText(change(text)).articles.map((a) => ({ headline: headlineOf(a), byline: a.byline, paragraphs: a.paragraphs }));
    expect(got).toEqual(truth[file].articles);
  });
});

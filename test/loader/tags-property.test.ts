import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { authorsOf, extractTags } from "../../src/loader/tags/index";

// Pieces local news is made of: places, titles, names, credits, bodies, slogans, punctuation of both widths.
const piece = fc.oneof(
  fc.constantFrom(
    "石峰区田心街道",
    "田心村社区",
    "本报讯(记者 付晓娇)",
    "记者 王忠虎 摄",
    "(邓  斌)",
    "区委书记宋磊",
    "市民王建国说",
    "太和县公安局城东派出所",
    "河北宏泰专用汽车有限公司",
    "“情暖龙山”",
    "《辽源日报》",
    "145个行政村",
    "天南海北",
    "漓江",
    "公园",
    "￿",
    "高新区",
  ),
  fc.string({ unit: fc.constantFrom(..."区县市镇乡村社街道山湖江河公司局委书记王李张刘说在和的，,。、()（）“” 　摄讯"), maxLength: 20 }),
);
const paragraph = fc.array(piece, { minLength: 1, maxLength: 8 }).map((ps) => ps.join(""));

// One taxonomy for every run, as a build has: the scanner made from it is made once.
const taxonomy = { topics: [] };

describe("tags are always the text's own", () => {
  it("every person, place and organisation is a substring of the headline or paragraphs; every author of the credits", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.option(paragraph), (paragraphs, byline) => {
        const a = { kicker: null, title: "标题", subtitle: null, byline, paragraphs };
        const t = extractTags(a, taxonomy, { publication: "株洲日报" });
        const text = `标题\n${paragraphs.join("\n")}`;
        for (const tag of [...t.people, ...t.places, ...t.orgs]) {
          expect(text).toContain(tag);
          expect(tag).not.toMatch(/[\uffff〇\s]/u);
        }
        for (const name of authorsOf(byline, paragraphs)) expect(`${byline ?? ""}\n${text}`).toContain(name);
      }),
      { numRuns: 100 },
    );
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/loader/decode";
import { FIXTURES, headlineOf, parseFile } from "./helpers";

const expected = {
  headline: ["市领导来我区调研"],
  byline: "记者 程修建",
  paragraphs: ["本报讯 7月26日，副市长左文来我区调研。区委书记宋磊陪同。", "左文强调，要营造良好的营商环境，助推企业做大做强。"],
};

describe.each([
  ["utf8-bom.txt", "utf-8-bom"],
  ["gb18030.txt", "gb18030"],
  ["utf16le-bom.txt", "utf-16le"],
  ["utf16be-bom.txt", "utf-16be"],
  ["crlf.txt", "utf-8"],
  ["cr.txt", "utf-8"],
])("%s", (name, encoding) => {
  const path = join(FIXTURES, "layouts", name);
  it(`is read as ${encoding} without a flag and splits like the UTF-8 original`, () => {
    expect(decode(readFileSync(path)).encoding).toBe(encoding);
    const [a] = parseFile(path).articles;
    expect({ headline: headlineOf(a), byline: a.byline, paragraphs: a.paragraphs }).toEqual(expected);
  });
});

describe("odd spaces and control characters", () => {
  it("NBSP and U+3000 become spaces, tabs count as blank, control characters go", () => {
    const [a] = parseFile(join(FIXTURES, "layouts", "spaces-controls.txt")).articles;
    expect(a.paragraphs).toEqual(["本报讯 7月26日，副市长 左文来我区调研。区委书记宋磊陪同。", expected.paragraphs[1]]);
  });
});

describe("bad bytes get a reason, not a crash", () => {
  it.each([
    ["an empty file", new Uint8Array(), /empty/],
    ["a binary file", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), /binary/],
    ["bytes that are neither UTF-8 nor GB18030", Uint8Array.from([0xe4, 0xb8, 0xad, 0xff, 0xfe, 0x80, 0x41]), /neither UTF-8 nor GB18030/],
    ["a UTF-16 BOM with an odd length", Uint8Array.from([0xff, 0xfe, 0x41]), /odd number of bytes/],
  ])("%s", (_name, bytes, reason) => {
    expect(() => decode(bytes)).toThrow(reason);
  });
});

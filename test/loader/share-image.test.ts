import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { encodePng, pngSize } from "../../src/loader/site/png";
import { defaultShareImage, shareImage } from "../../src/loader/site/share-image";

const SITE = { origin: "https://news.example.org", base: "/" };

/** The RGB pixels of a PNG written by encodePng (filter types 0 and 1 undone). */
function decode(png: Buffer): { width: number; height: number; rgb: Uint8Array } {
  const { width, height } = pngSize(png)!;
  let at = 8;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    if (png.toString("ascii", at + 4, at + 8) === "IDAT") idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const filter = rows[y * (width * 3 + 1)];
    for (let i = 0; i < width * 3; i++) {
      const raw = rows[y * (width * 3 + 1) + 1 + i];
      rgb[y * width * 3 + i] = filter === 1 ? (raw + (i >= 3 ? rgb[y * width * 3 + i - 3] : 0)) & 0xff : raw;
    }
  }
  return { width, height, rgb };
}

describe("share image", () => {
  it("encodes pixels that decode back exactly", () => {
    const rgb = Uint8Array.from({ length: 5 * 3 * 3 }, (_, i) => (i * 37) % 256);
    const png = encodePng(5, 3, rgb);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(decode(png)).toEqual({ width: 5, height: 3, rgb });
  });

  it("the default is a 1200×630 PNG on the masthead red with the name drawn in paper colour, the same on every build", () => {
    const png = defaultShareImage();
    const { width, height, rgb } = decode(png);
    expect([width, height]).toEqual([1200, 630]);
    const at = (x: number, y: number) => [...rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)];
    expect(at(10, 10)).toEqual([159, 29, 32]);
    // The name's glyphs cover part of their box in the paper colour.
    let paper = 0;
    for (let y = 110; y < 330; y++) for (let x = 100; x < 540; x++) if (at(x, y).join() === "251,250,247") paper++;
    expect(paper / (220 * 440)).toBeGreaterThan(0.1);
    expect(paper / (220 * 440)).toBeLessThan(0.6);
    expect(defaultShareImage().equals(png)).toBe(true);
  });

  it("KANBAO_SHARE_IMAGE publishes a PNG or JPEG, points at a URL, and names what is wrong with anything else", () => {
    const dir = mkdtempSync(join(tmpdir(), "kanbao-share-"));
    const png = join(dir, "card.png");
    writeFileSync(png, encodePng(4, 2, new Uint8Array(24)));
    const own = shareImage(SITE, { KANBAO_SHARE_IMAGE: png });
    expect(own.file![0]).toBe("share.png");
    expect(own.tags).toContainEqual({ tag: "meta", attrs: { property: "og:image:width", content: "4" } });
    expect(own.problem).toBeUndefined();
    const url = shareImage(SITE, { KANBAO_SHARE_IMAGE: "https://cdn.example.org/card.jpg" });
    expect(url.file).toBeUndefined();
    expect(url.tags).toContainEqual({ tag: "meta", attrs: { property: "og:image", content: "https://cdn.example.org/card.jpg" } });
    const svg = join(dir, "card.svg");
    writeFileSync(svg, "<svg/>");
    for (const [value, reason] of [
      [svg, "not a .png or .jpg file"],
      [join(dir, "missing.png"), "no such file"],
      [join(dir, "card.jpg"), "no such file"],
    ]) {
      const r = shareImage(SITE, { KANBAO_SHARE_IMAGE: value });
      expect(r.problem).toContain(reason);
      expect(r.file![0]).toBe("share.png");
    }
    writeFileSync(join(dir, "fake.png"), "not a png");
    expect(shareImage(SITE, { KANBAO_SHARE_IMAGE: join(dir, "fake.png") }).problem).toContain("not a PNG image");
  });
});

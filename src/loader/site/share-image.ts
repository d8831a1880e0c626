/**
 * The site-wide share image of link previews (og:image). WeChat and most
 * previewers take no SVG, so it is a PNG: `KANBAO_SHARE_IMAGE` names a PNG or
 * JPEG file to publish (or an https URL to point at); without it the build
 * draws one from the site name: the name and tagline on the masthead red, a
 * front page beside them.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { inflateSync } from "node:zlib";
import { absolute, type SiteUrls } from "./html";
import type { Head } from "./page-head";
import { encodePng, pngSize } from "./png";
import { GLYPHS } from "./share-glyphs";
import { SHARE_TEXT } from "./share-text";
import { SITE_NAME, SITE_TAGLINE } from "../../shared/page-meta";

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
const MAX_BYTES = 5 * 1024 * 1024;

type Rgb = readonly [number, number, number];
const RED: Rgb = [159, 29, 32];
const PAPER: Rgb = [251, 250, 247];
const PINK: Rgb = [240, 214, 214];
const INK: Rgb = [196, 160, 158];

class Canvas {
  readonly px = new Uint8Array(SHARE_WIDTH * SHARE_HEIGHT * 3);
  constructor(bg: Rgb) {
    for (let i = 0; i < this.px.length; i += 3) this.px.set(bg, i);
  }
  /** Blend `c` over the pixel at (x, y) with coverage a (0–255). */
  blend(x: number, y: number, c: Rgb, a: number) {
    if (x < 0 || y < 0 || x >= SHARE_WIDTH || y >= SHARE_HEIGHT || a <= 0) return;
    const i = (y * SHARE_WIDTH + x) * 3;
    for (let k = 0; k < 3; k++) this.px[i + k] = Math.round((this.px[i + k] * (255 - a) + c[k] * a) / 255);
  }
  rect(x: number, y: number, w: number, h: number, c: Rgb) {
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) this.blend(xx, yy, c, 255);
  }
  /** A line of text from the glyph table; false when a character has no glyph there. */
  text(style: keyof typeof SHARE_TEXT, x: number, y: number, c: Rgb): boolean {
    const { text, size } = SHARE_TEXT[style];
    const glyphs = [...text].map((ch) => GLYPHS[`${style}:${ch}`]);
    if (glyphs.some((g) => !g)) return false;
    glyphs.forEach((g, n) => {
      const alpha = inflateSync(Buffer.from(g, "base64"));
      for (let gy = 0; gy < size; gy++) for (let gx = 0; gx < size; gx++) this.blend(x + n * size + gx, y + gy, c, alpha[gy * size + gx]);
    });
    return true;
  }
}

/** The default image: drawn, not read from a file, so a change of name or tagline is one regeneration away. */
export function defaultShareImage(): Buffer {
  const c = new Canvas(RED);
  const left = 100;
  c.text("name", left, 110, PAPER);
  c.rect(left + 8, 372, SHARE_TEXT.tagline.size * [...SHARE_TEXT.tagline.text].length, 6, PAPER);
  c.text("tagline", left, 410, PINK);
  // A front page: masthead, a headline, two columns of text.
  const [px, py, pw, ph] = [800, 96, 300, 438];
  c.rect(px, py, pw, ph, PAPER);
  c.rect(px + 24, py + 28, pw - 48, 34, RED);
  c.rect(px + 24, py + 76, pw - 48, 3, INK);
  c.rect(px + 24, py + 96, pw - 90, 18, INK);
  for (let col = 0; col < 2; col++)
    for (let row = 0; row < 13; row++) {
      const w = row % 5 === 4 ? 70 : 116;
      c.rect(px + 24 + col * 136, py + 140 + row * 22, w, 8, INK);
    }
  return encodePng(SHARE_WIDTH, SHARE_HEIGHT, c.px);
}

export interface ShareImage {
  /** The file to publish (site path → bytes), if the image is ours to publish. */
  file?: [string, Uint8Array];
  tags: Head["tags"];
  /** What was wrong with KANBAO_SHARE_IMAGE (the default is used instead). */
  problem?: string;
}

const tagsFor = (url: string, type: string, size?: { width: number; height: number } | null): Head["tags"] => [
  { tag: "meta", attrs: { property: "og:image", content: url } },
  { tag: "meta", attrs: { property: "og:image:type", content: type } },
  ...(size
    ? [
        { tag: "meta" as const, attrs: { property: "og:image:width", content: String(size.width) } },
        { tag: "meta" as const, attrs: { property: "og:image:height", content: String(size.height) } },
      ]
    : []),
  { tag: "meta", attrs: { property: "og:image:alt", content: `${SITE_NAME} · ${SITE_TAGLINE}` } },
  { tag: "meta", attrs: { name: "twitter:card", content: "summary_large_image" } },
];

/** The share image of this build: `KANBAO_SHARE_IMAGE` (a PNG or JPEG file, or an http(s) URL), else the default. */
export function shareImage(site: SiteUrls, env = process.env): ShareImage {
  const configured = env.KANBAO_SHARE_IMAGE?.trim();
  const fallback = (problem?: string): ShareImage => ({
    file: ["share.png", defaultShareImage()],
    tags: tagsFor(absolute(site, "share.png"), "image/png", { width: SHARE_WIDTH, height: SHARE_HEIGHT }),
    problem,
  });
  if (!configured) return fallback();
  if (/^https?:\/\//iu.test(configured)) {
    const type = /\.png$/iu.test(new URL(configured).pathname) ? "image/png" : "image/jpeg";
    return { tags: tagsFor(configured, type) };
  }
  const path = resolve(configured);
  const ext = extname(path).toLowerCase();
  const bad = (reason: string) => fallback(`KANBAO_SHARE_IMAGE ${configured}: ${reason}; the default image is used`);
  if (![".png", ".jpg", ".jpeg"].includes(ext)) return bad("not a .png or .jpg file (previewers take no SVG or WebP)");
  if (!existsSync(path) || !statSync(path).isFile()) return bad("no such file");
  if (statSync(path).size > MAX_BYTES) return bad("over 5 MB, more than previewers fetch");
  const bytes = readFileSync(path);
  const isPng = ext === ".png";
  if (isPng ? !pngSize(bytes) : bytes[0] !== 0xff || bytes[1] !== 0xd8) return bad(`not a ${isPng ? "PNG" : "JPEG"} image`);
  const name = `share${isPng ? ".png" : ".jpg"}`;
  return { file: [name, bytes], tags: tagsFor(absolute(site, name), isPng ? "image/png" : "image/jpeg", isPng ? pngSize(bytes) : null) };
}

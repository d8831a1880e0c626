import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../src/loader/site/page-head";
import { pageFile, safeSegment } from "../../src/loader/site/pages";
import { siteUrlWarning } from "../../src/loader/site/html";

const TEMPLATE = '<html><head><meta name="description" content="x" /><title>t</title></head><body><div id="app"></div></body></html>';

describe("prerendered pages", () => {
  it("text with $ patterns and markup stays text in the head; the app's markup goes into #app with its key", () => {
    const html = fillTemplate(TEMPLATE, {
      head: { title: "标题 $` $'", tags: [{ tag: "meta", attrs: { name: "description", content: "说明 $$ <b>" } }] },
      html: "<p>汇率 US$&#x27;1 与 $&amp;</p>",
      key: '__root__:success "x"',
    });
    expect(html).toContain("<title>标题 $` $&#39;</title>");
    expect(html).toContain('<meta name="description" content="说明 $$ &lt;b&gt;" data-page-head />');
    expect(html).not.toContain('content="x"');
    expect(html).toContain('<div id="app" data-render="__root__:success &quot;x&quot;"><p>汇率 US$&#x27;1 与 $&amp;</p></div>');
    expect(html.match(/<div id="app"/g)).toHaveLength(1);
    expect(html.match(/<\/html>/g)).toHaveLength(1);
  });

  it("a page is its folder's index.html; tag names that cannot be folder names get none", () => {
    expect(pageFile("")).toBe("index.html");
    expect(pageFile("issues/x/y/")).toBe("issues/x/y/index.html");
    expect(pageFile("tags/%E4%BA%BA%E7%89%A9/%E5%AE%8B%E7%A3%8A/")).toBe("tags/人物/宋磊/index.html");
    expect(pageFile("search/?q=")).toBe("search/index.html");
    expect(pageFile("issues/x/old-id")).toBe("issues/x/old-id/index.html");
    expect(["宋磊", "A/B", "..", "a\\b", "x?y", "50%", " 空格"].map(safeSegment)).toEqual([true, false, false, false, false, false, false]);
  });
});

describe("site URL", () => {
  it("a build without KANBAO_SITE_URL is warned that its links point at this machine", () => {
    expect(siteUrlWarning({})).toMatch(/KANBAO_SITE_URL is not set.*http:\/\/127\.0\.0\.1:4173/u);
    expect(siteUrlWarning({ KANBAO_SITE_URL: "https://news.example.org" })).toBeNull();
  });
});

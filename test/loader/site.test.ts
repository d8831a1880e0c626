import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../src/loader/site/page-head";
import { esc } from "../../src/loader/site/html";

const TEMPLATE = '<html><head><meta name="description" content="x" /><title>t</title></head><body><div id="app"></div></body></html>';

describe("prerendered pages", () => {
  it("text with $ patterns and markup stays text", () => {
    const body = `<p>${esc("汇率 US$'1 与 $& 和 <script>alert(1)</script>")}</p>`;
    const html = fillTemplate(TEMPLATE, { title: "标题 $` $'", description: "说明 $$", url: "https://x/a", type: "article" }, body);
    expect(html).toContain("<title>标题 $` $&#39;</title>");
    expect(html).toContain('content="说明 $$"');
    expect(html).toContain("汇率 US$&#39;1 与 $&amp; 和 &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html.match(/<div id="app"/g)).toHaveLength(1);
    expect(html.match(/<\/html>/g)).toHaveLength(1);
  });
});

/**
 * The proof page: an issue file's raw lines beside the splitter's reading of them,
 * each line's label coloured, the articles as they will be published, doubts
 * marked with the reading that came close and a correction ready to paste into
 * content/corrections.json. A static HTML file with no script; all text escaped.
 */
import type { ParsedText } from "../parse-text";
import { describeDoubt } from "../split/doubts";
import type { Role } from "../split/grammar";

const esc = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");

/** Label names an editor reads, and the name to write in a correction. */
const LABEL: Record<Role, [string, string]> = {
  noise: ["噪声 noise", "noise"],
  page: ["版头 page", "page"],
  kicker: ["引题 kicker", "kicker"],
  "kicker+": ["引题续 kicker", "kicker+"],
  title: ["主题 title", "title"],
  "title+": ["主题续 title", "headline-continues"],
  subtitle: ["副题 subtitle", "subtitle"],
  "subtitle+": ["副题续 subtitle", "subtitle+"],
  byline: ["署名 byline", "byline"],
  "byline+": ["署名续 byline", "byline+"],
  pstart: ["段首 paragraph", "paragraph"],
  pcont: ["段续 continues", "continues"],
  credit: ["署名 credit", "credit"],
  "credit+": ["署名续 credit", "credit+"],
};

const STYLE = `
:root{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.8;color:#1a1a1a}
body{margin:0}header,main{padding:0 1rem}h1{font-size:1.25rem}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem}
table{border-collapse:collapse;width:100%;font-size:.875rem}td,th{padding:.1rem .4rem;vertical-align:top;text-align:left}
td.label{white-space:nowrap}td.no{color:#555;text-align:right;font-variant-numeric:tabular-nums}td.text{white-space:pre-wrap;word-break:break-all}
.chip{display:inline-block;border-radius:.25rem;padding:0 .3rem;font-size:.75rem;white-space:nowrap}
.r-noise{background:#e8e8e8}.r-page{background:#d6d6f5}.r-kicker,.r-kicker\\+{background:#fde2c3}
.r-title,.r-title\\+{background:#ffc9c9}.r-subtitle,.r-subtitle\\+{background:#fde2c3}
.r-byline,.r-byline\\+,.r-credit,.r-credit\\+{background:#c9f0d6}.r-pstart{background:#d7ecff}.r-pcont{background:#eef6ff}
tr.art-odd td.text{border-left:4px solid #7aa7d9}tr.art-even td.text{border-left:4px solid #d9a77a}
tr.doubt{outline:2px solid #b30000;outline-offset:-2px}.mark{color:#b30000;font-weight:bold}
article{border:1px solid #ccc;border-radius:.4rem;padding:.5rem .8rem;margin-bottom:1rem}article h3{margin:.2rem 0}
.meta{color:#555;font-size:.875rem}p{text-align:justify;margin:.3rem 0}code{font-size:.75rem;word-break:break-all}
a:focus-visible{outline:3px solid #005fcc;outline-offset:2px}
`;

export function proofPage(source: string, text: string, parsed: ParsedText): string {
  const raw = text.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n|\u2028|\u2029/u);
  const byNo = new Map<number, ParsedText["labelled"]>();
  for (const l of parsed.labelled) byNo.set(l.no, [...(byNo.get(l.no) ?? []), l]);
  const doubtCount = parsed.articles.reduce((n, a) => n + a.doubts.length, 0);
  const rows = raw.map((line, i) => {
    const no = i + 1;
    const ls = byNo.get(no);
    if (!ls) return `<tr class="blank"><td class="no" id="l${no}">${no}</td><td></td><td class="text">${esc(line)}</td></tr>`;
    return ls
      .map((l, k) => {
        const cls = [l.article >= 0 ? (l.article % 2 ? "art-even" : "art-odd") : "", l.doubt ? "doubt" : ""].filter(Boolean).join(" ");
        const label = `<span class="chip r-${l.role}">${esc(LABEL[l.role][0])}</span>`;
        const art = l.article >= 0 ? ` <a href="#a${l.article + 1}">文${l.article + 1}</a>` : "";
        const doubt = l.doubt
          ? ` <span class="mark" title="${esc(`或为：${describeDoubt(l.doubt).alternative}`)}">？</span><span class="meta">或为 ${esc(LABEL[l.doubt.alternative][0])}</span>`
          : "";
        return `<tr${cls ? ` class="${cls}"` : ""}><td class="no"${k === 0 ? ` id="l${no}"` : ""}>${k === 0 ? no : ""}</td><td class="label">${label}${art}${doubt}</td><td class="text">${esc(l.text)}</td></tr>`;
      })
      .join("");
  });
  const articles = parsed.articles.map((a, k) => {
    const head = [
      a.kicker && `<p class="meta">${esc(a.kicker)}</p>`,
      `<h3>${esc(a.title)}</h3>`,
      a.subtitle && `<p class="meta">${esc(a.subtitle)}</p>`,
    ]
      .filter(Boolean)
      .join("");
    const page = a.page ? `第${esc(a.page.number)}版${a.page.name ? ` · ${esc(a.page.name)}` : ""} · ` : "";
    const doubts = a.doubts.length
      ? `<details><summary>${a.doubts.length} 处存疑 (doubts)</summary><ul>${a.doubts
          .map((d) => {
            const line = parsed.labelled.find((l) => l.no === d.line && l.doubt === d);
            const fix = JSON.stringify({ line: d.line, text: [...(line?.text ?? "")].slice(0, 12).join(""), as: LABEL[d.alternative][1] });
            const dd = describeDoubt(d);
            return `<li><a href="#l${d.line}">第${d.line}行</a> ${esc(dd.kind)}: 读作 ${esc(dd.reading)}，或为 ${esc(dd.alternative)}<br><code>${esc(fix)}</code></li>`;
          })
          .join("")}</ul></details>`
      : "";
    return `<article id="a${k + 1}" aria-labelledby="h${k + 1}"><p class="meta" id="h${k + 1}">文${k + 1} · ${page}<a href="#l${a.lines[0]}">第${a.lines[0]}–${a.lines[1]}行</a>${a.byline ? ` · ${esc(a.byline)}` : ""}</p>${head}${a.paragraphs
      .map((p) => `<p>${esc(p)}</p>`)
      .join("")}${doubts}</article>`;
  });
  const noise = parsed.noise.length ? `<h2>噪声 (noise)</h2><ul>${parsed.noise.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>` : "";
  const warnings = parsed.warnings.length
    ? `<h2>提示 (warnings)</h2><ul>${parsed.warnings.map((w) => `<li>${esc(w)}</li>`).join("")}</ul>`
    : "";
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>校样 ${esc(source)}</title><style>${STYLE}</style></head>
<body><header><h1>校样 proof: ${esc(source)}</h1>
<p class="meta">版式 ${parsed.layout.layout}${parsed.layout.wrapped ? " · 折行" : ""} · ${parsed.articles.length} 篇 · ${doubtCount} 处存疑 · 修改写入 content/corrections.json</p></header>
<main><section aria-labelledby="raw"><h2 id="raw">原文与标注 (lines and labels)</h2>
<table><thead><tr><th scope="col">行</th><th scope="col">标注</th><th scope="col">原文</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>
<section aria-labelledby="split"><h2 id="split">拆分结果 (articles)</h2>${articles.join("")}${noise}${warnings}</section></main>
</body></html>
`;
}

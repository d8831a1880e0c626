/** Recognisers for bylines, photo credits and masthead noise. */

const ROLE = "(?:本报|特约|见习|实习|首席)?(?:记者|通讯员|摄影记者|实习生|编辑|撰稿|作者)";
// A byline body: names, roles, 摄/摄影报道/报道 and organisations; no sentence punctuation, no digits.
const BYLINE_BODY = /^[\p{Script=Han}A-Za-z·・ 、/／：:]{2,40}$/u;
const NOT_BYLINE = /^(完|上接|下转|接|转|续|图为|注|据|详见|见|未完|待续|广告|图片|本版)/u;

/** `□记者 X`, `□通讯员 X`, `□本报通讯员`: the layout A byline under the headline. */
const BOX_BYLINE = /^[□■◇◆☆★]\s*(\S.{0,39})$/u;

export function boxByline(line: string): string | null {
  const m = BOX_BYLINE.exec(line);
  if (!m) return null;
  const body = m[1].trim();
  return BYLINE_BODY.test(body) ? body : null;
}

/** The text inside a bracketed byline if it reads as one: `（侯汶利）`, `（孟潇 摄影报道）`. */
function bracketBody(inner: string): string | null {
  const body = inner.trim();
  if (!BYLINE_BODY.test(body) || NOT_BYLINE.test(body)) return null;
  return body;
}

/**
 * A line that is only a bracketed byline or photo credit: `（侯汶利）`, `(记者 李森 摄)`;
 * or a credit without brackets that names its role and the camera: `记者 李森 摄`.
 */
export function ownLineByline(line: string): string | null {
  const m = /^[（(]([^（）()]+)[）)]$/u.exec(line);
  if (m) return bracketBody(m[1]);
  return /^(本报)?(记者|通讯员|摄影记者)[\p{Script=Han}·、 ]{1,30}(摄|摄影|摄影报道)$/u.test(line) ? bracketBody(line) : null;
}

/**
 * A byline glued to the end of a body line, after a space or a sentence end:
 * `……注入新动力。 （梁晓雨）`. Returns the text before it and the byline.
 */
export function trailingByline(line: string): { before: string; byline: string } | null {
  const m = /^(.*?)(?:\s+|(?<=[。！？”…]))[（(]([^（）()]+)[）)]$/u.exec(line);
  if (!m || !m[1]) return null;
  const byline = bracketBody(m[2]);
  return byline ? { before: m[1].trim(), byline } : null;
}

/** A photo credit: a byline that names a photographer (摄, 摄影, 图). */
export function isPhotoCredit(byline: string): boolean {
  return /(摄|摄影|摄影报道|图)$/u.test(byline);
}

/** A byline that names a role (记者, 通讯员): safe to accept even without surrounding structure. */
export function namesRole(byline: string): boolean {
  return new RegExp(ROLE, "u").test(byline);
}

// Each pattern is narrow on purpose: a headline mistaken for noise loses an article.
const NOISE: RegExp[] = [
  // app and social-media promotion: 市中云报APP, 幸福微市中微信, 扫码下载
  /(APP|App|客户端|微信|公众号|视频号|抖音号|小程序|二维码)$/u,
  /^(扫码|扫一扫|长按识别|长按二维码)/u,
  /^(关注|下载|订阅).{0,12}(APP|App|客户端|公众号|微信|抖音|视频号)/u,
  // page marks and mastheads: 第2版, 2022年7月27日 星期三
  /^第?\s*[0-9０-９一二三四五六七八九十]+\s*版/u,
  /\d+\s*月\s*\d+\s*日\s*(星期|周)[一二三四五六日天]/u,
  /(责任编辑|本版编辑|值班编辑|编辑[:：]|校对[:：]|美编[:：]|版式[:：]|组版[:：]|审核[:：]|主编[:：])/u,
  /(电话|传真|热线|邮编)\s*[:：]?\s*[0-9０-９][0-9０-９ -]{4,}/u,
  /^(地址|邮箱|投稿邮箱|网址|E-?mail)\s*[:：]/iu,
  /(www\.|https?:\/\/)/iu,
  /^[（(]?\s*(上接|下转|接第|转第|紧接|续第)[^）)]*[）)]?$/u,
  /^(主管|主办|承办|出版|印刷)\s*[:：]/u,
  /(内部资料|免费交流|准印证|国内统一连续出版物号|CN\s?\d{2}-\d{4})/u,
  // A page's section name standing alone (版名): 要闻, 综合新闻. A kicker is a phrase, never just this.
  /^(要闻|综合|综合新闻|时政|时政要闻|经济|民生|社会|文化|副刊|专题|视点|关注|评论|理论|法治|健康|体育|图片新闻|广告|今日关注|本地新闻|区域新闻|基层动态|部门动态|镇街动态)$/u,
];

/** Masthead, page-mark and promo lines: short, and matching a known pattern. */
export function isNoise(line: string): boolean {
  if ([...line].length > 40) return false;
  return NOISE.some((re) => re.test(line));
}

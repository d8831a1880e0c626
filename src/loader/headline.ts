/** Headline lines → kicker (引题), title (主题), subtitle (副题). */
import type { Line } from "./lines";
import { boxByline, ownLineByline, isNoise } from "./patterns";
import { endsSentence, joinWrapped } from "./text";

export interface Headline {
  kicker: string | null;
  title: string;
  subtitle: string | null;
}

const MAX_HEADLINE_CHARS = 60;

/** Could this line be (part of) a headline? Short, not a byline, not ending mid-sentence or with a full stop. */
export function isHeadlineLine(line: Line): boolean {
  const t = line.text;
  if (line.indent) return false;
  if ([...t].length > MAX_HEADLINE_CHARS) return false;
  if (/[。；;，,、：:]$/u.test(t)) return false;
  // A full stop inside belongs to running text, never to a headline.
  if (/[。；;]/u.test(t)) return false;
  // Headlines may exclaim or ask (开园啦!), but do not end with a full stop.
  if (endsSentence(t) && !/[！？!?][”’」』"')）]?$/u.test(t)) return false;
  if (boxByline(t) || ownLineByline(t) || isNoise(t)) return false;
  if (/^本报讯/u.test(t)) return false;
  return true;
}

// A second line that opens with a subject (高新区…, 兴仁街道…) or a verb of its
// own (美化…) starts a new headline part; anything else continues a wrapped title.
const SUBJECT_START =
  /^(高新区|开发区|经开区|我区|全区|我市|全市|我县|全县|我镇|全镇|市委|区委|县委|市政府|区政府|县政府|[\p{Script=Han}]{2,4}?(街道|镇|乡|社区|村|县)(?![域级道路线])|[\p{Script=Han}]{1,3}区(?![域级块间别]))/u;
const VERB_START =
  /^(美化|打造|推进|推动|助力|聚力|聚焦|加快|加强|提升|深化|筑牢|守护|共建|共享|奏响|谱写|绘就|跑出|按下|做好|抓好|实现|开启|迈向|争创|喜迎|礼赞|致敬|激活|点亮|擦亮|托起|赋能|凝聚|汇聚|书写|绘出|织密|守牢|夯实|树立|彰显|答好|交出|跑好|下好|唱响|扮靓|围绕|征求|发布|决定|批准|要求|坚持|确保|全力|更好|反对|审议|听取|呼吁|谴责|敦促|欢迎|让|为了?|用|以|向)/u;
// A short first line that ends on a verb still waiting for its object is wrapped
// (高新区召开 / …会议); after a long line the verb closes a statement (…在京隆重举行).
const OPEN_VERB_MAX = 12;
const OPEN_VERB_END = /(开展|举办|举行|召开|庆祝|组织|启动|部署|参加|推进|推动|做好|加强|深入|全力|扎实|积极|持续|全面|助力|打造)$/u;

// A line led by a speaker or place and a colon (天津：…, 杨永修：…) is a title of its own;
// so is one led by a name and a verb of office (习近平出席…, 韩正点燃…).
const LABEL_START = /^(?![\p{Script=Han}]*(表示|指出|强调|认为|说)[：:])[\p{Script=Han}·]{2,7}[：:]/u;
const ACTOR_START = /^\p{Script=Han}{2,3}(将|还|也)?(出席|主持|会见|会晤|签署|颁发|宣布|点燃|致电|致信)/u;
/** Two lines that open or close with the same words are parallel titles, not one wrapped title. */
function parallel(a: string[], b: string[]): boolean {
  return (a[0] === b[0] && a[1] === b[1] && a[2] === b[2]) || (a[a.length - 1] === b[b.length - 1] && a[a.length - 2] === b[b.length - 2]);
}

// A title longer than this is not printed as one title wrapped over two lines.
const MAX_WRAPPED_TITLE = 40;
// A kicker is shorter than the title under it; a title wrapped over two lines
// fills its first line at least about as far as its second.
const KICKER_SHARE = 0.6;

/** Two consecutive headline lines: one wrapped title (true) or two parts (false)? */
function continuesTitle(first: string, second: string): boolean {
  if (/^[—–-]/u.test(second)) return false;
  const a = [...first];
  const b = [...second];
  if (OPEN_VERB_END.test(first) && a.length <= OPEN_VERB_MAX) return true;
  // Spaced parallel phrases (抢抓… 推动…) make a part of their own.
  if (/\s/u.test(first) || /\s/u.test(second)) return false;
  if (/[！？!?]$/u.test(first)) return false;
  if (SUBJECT_START.test(second) || VERB_START.test(second) || LABEL_START.test(second) || ACTOR_START.test(second)) return false;
  if (a.length + b.length > MAX_WRAPPED_TITLE || a.length < b.length * KICKER_SHARE || parallel(a, b)) return false;
  return true;
}

const statesSubject = (s: string) => SUBJECT_START.test(s);
const hasSpace = (s: string) => /\s/u.test(s);

/**
 * Headline parts in print order → roles. One part is the title. With two, the
 * title is the part that names its subject (高新区…, 张范街道…) or reads as one
 * statement; a part of spaced parallel phrases (抢抓… 推动…) or one led by a
 * dash is the kicker above or the subtitle below it. With three: kicker, title, subtitle.
 */
export function assignRoles(parts: string[]): Headline {
  if (parts.length === 0) return { kicker: null, title: "", subtitle: null };
  if (parts.length === 1) return { kicker: null, title: parts[0], subtitle: null };
  if (parts.length === 2) {
    const [a, b] = parts;
    const titleFirst = { kicker: null, title: a, subtitle: b };
    const titleSecond = { kicker: a, title: b, subtitle: null };
    if (/^[—–-]/u.test(b)) return titleFirst;
    if (hasSpace(a) !== hasSpace(b)) return hasSpace(a) ? titleSecond : titleFirst;
    if (statesSubject(a) !== statesSubject(b)) return statesSubject(a) ? titleFirst : titleSecond;
    return [...a].length < [...b].length ? titleSecond : titleFirst;
  }
  return { kicker: parts[0], title: parts.slice(1, -1).join(" "), subtitle: parts[parts.length - 1] };
}

/**
 * Group headline lines into parts: lines separated by a blank line are separate
 * parts; consecutive lines join when the first one was wrapped.
 */
export function headlineParts(lines: Line[], wrapped: boolean): string[] {
  const parts: string[] = [];
  lines.forEach((line, i) => {
    const last = parts.length - 1;
    if (i > 0 && line.blankBefore === 0 && wrapped && continuesTitle(parts[last], line.text)) {
      parts[last] = joinWrapped(parts[last], line.text);
    } else parts.push(line.text);
  });
  return parts;
}

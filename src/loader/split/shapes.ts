/**
 * Shapes of lines in Chinese newspaper text: what a byline, a credit, a page
 * header, a masthead or a dateline looks like. Each is a yes/no feature for the
 * line model; none decides a label by itself (the weights do).
 */
import { surnameLength } from "../tags/surnames";

/** Roles a byline names. */
export const ROLE = /(记者|通讯员|实习生|摄影|摄像|特约|首席|见习|融媒体|全媒体|撰稿|作者)/u;
/** A credit's tail: the camera, text and pictures, or a report. */
export const CAMERA = /(摄|摄影|摄影报道|报道|文\/图|图\/文|图文|[（(]图\/文[）)])$/u;
/** Marks set before bylines, briefs and kickers; 口 is an OCR misreading of □. */
export const MARK = /^([□■◇◆☆★●○◎▲◀▶►]+|口(?=\s*(本报|特约|首席|见习|实习|全媒体|融媒体)?(记者|通讯员)))\s*/u;

/** The line with any leading mark and surrounding brackets taken off. */
export function bare(text: string): string {
  return text
    .replace(MARK, "")
    .replace(/^[（(【[]\s*(.*?)\s*[）)】\]]$/u, "$1")
    .trim();
}

const BYLINE_CHARS = /^[\p{Script=Han}A-Za-z·・ 、/／：:（）()]{2,44}$/u;
const NAME = /^\p{Script=Han}{2,4}$/u;

/** Reads as a byline's text: names, roles and organisation words, no sentence punctuation, no digits. */
export function bylineShape(text: string): boolean {
  const b = bare(text);
  return BYLINE_CHARS.test(b) && !/[，。；！？,;!?]/u.test(b);
}

/** One to four personal names and nothing else (`张文 胡乐才`, `邓  斌` padded). */
export function namesOnly(text: string): boolean {
  const b = bare(text).replace(/(\p{Script=Han}) (\p{Script=Han})(?=\s|$)/gu, "$1$2");
  const toks = b.split(/\s+/u).filter(Boolean);
  return toks.length >= 1 && toks.length <= 4 && toks.every((t) => NAME.test(t)) && [...b].length <= 20;
}

/**
 * Names of people and nothing else, by the name model: each a surname and one or two given
 * characters (罗永柒, 李 源, 欧阳晓明), none of three or more ending as a place or body does. Tells a credit
 * from a short kicker or column name of the same shape (丽都社区, 要闻).
 */
export function personNames(text: string): boolean {
  if (!namesOnly(text)) return false;
  const b = bare(text).replace(/(\p{Script=Han}) (\p{Script=Han})(?=\s|$)/gu, "$1$2");
  return b
    .split(/\s+/u)
    .filter(Boolean)
    .every((t) => {
      const s = surnameLength(t);
      const n = [...t].length;
      return s > 0 && n - s >= 1 && n - s <= 2 && (n < 3 || !NOT_GIVEN_END.test(t));
    });
}
const NOT_GIVEN_END = /[区村镇县市省局部会站报刊版闻院校所队办处厅委组社馆场路街]$/u;

/** An organisation as a credit: ends in 办公室, 中心, 部, 局, 委 … */
export const orgCredit = (text: string) =>
  /^\p{Script=Han}{3,20}(办公室|中心|宣传部|办|局|委|委员会|小组|街道|党工委|党委|支队|大队|所)$/u.test(bare(text));

/** Whole line in brackets. */
export const bracketed = (text: string) => /^[（(【][^（）()【】]{1,44}[）)】]$/u.test(text);

/** Opens with a dateline (本报讯, 新天水讯, 晋江新闻网10月26日讯, 环渤海新闻网消息). */
export const DATELINE = /^[○●◎■□]?\s*[\p{Script=Han}A-Za-z0-9·]{0,18}?(讯|消息)(?=\s|[（(【]|[\p{Script=Han}\d“])/u;

/**
 * Opens with when it happened, as a news lead does (3月26日，… 昨日15时许，… 近日，…): below a
 * headline-like line it says a story starts there, not a paragraph under a subheading.
 */
export const WHEN =
  /^[\s\u3000]*(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|份|初|中旬|下旬|底)|\d{1,2}日(?:上午|下午|晚|早|中午|凌晨|[，,])|(?:近日|日前|近期|近来|昨日|昨天|今天|今日|前日|前不久|连日来|今年以来|近年来|入冬以来|入春以来|入夏以来|入秋以来)(?:[，,]|\p{Script=Han}))/u;

// ---------------------------------------------------------------- furniture

/** A page header: 第A02版：要闻, A1：某某·要闻, 02 版:日报二版, 当前版:03版, 2019年10月16日 星期三 第A01版. */
export const PAGE_HEADER =
  /^(?:.{0,24}?\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]\s*)?(?:当前版\s*[:：]?\s*)?第*\s*[A-Za-z]?\d{1,3}[A-Za-z]?\s*版+|^第+\s*[一二三四五六七八九十]{1,3}\s*版+|^[A-Za-z]\d{1,2}\s*[:：]\s*\S/u;
/** A date as a line of its own or at the head of one: 2019年10月16日 星期三, 2020-01-09 23:46:06 |. */
export const DATE_LINE = /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2})/u;
export const WEEKDAY = /(星期|周)[一二三四五六日天]/u;
export const MASTHEAD =
  /(刊号|出版物号|CN\s?\d{2}\s?-\s?\d{4}|代号|主管|主办|社出版|总第\s*\d+\s*期|今日\s*\d+\s*版|农历|准印证|内部资料|免费交流|编印|邮发)/u;
export const CONTACT = /(热线|电话|传真|邮编|邮箱|E-?mail|地址\s*[:：])/iu;
export const PROMO = /(APP|App|客户端|微信|公众号|视频号|抖音|小程序|二维码|扫码|扫一扫|长按识别|下载)/u;
export const URL = /(www\.|https?:\/\/|\.com|\.cn\b)/iu;
export const JUMP = /^[（(]?\s*(上接|下转|转接|接第|转第|紧接|续第|转\s*\d|接\s*\d|见第)[^）)]{0,10}[）)]?$/u;
export const EDITOR = /(责任编辑|本版编辑|值班编辑|编辑\s*[:：]|校对|美编|组版|版式|审核|主编|终审|签发)/u;
export const SECTION =
  /^(要闻|综合|综合新闻|时政|时政要闻|经济|民生|社会|社会新闻|文化|副刊|专题|专版|视点|关注|评论|理论|法治|健康|体育|广告|今日关注|本地新闻|区域新闻|基层动态|部门动态|镇街动态|城事|社区|热线新闻|图说|乡村振兴)$/u;
/** A line of Latin letters only: a column head in pinyin or English (YAOWEN, LOCAL NEWS). */
export const LATIN_ONLY = /^[A-Z][A-Za-z ·&-]{2,30}$/u;
/** A paper's name standing alone (天水日报, 柳州晚报, 市中区报). */
export const PAPER_NAME = /^[\p{Script=Han}·]{2,10}(日报|晚报|早报|时报|报社|报)$/u;
export const WEATHER = /(℃|°C|晴|多云|阴转|小雨|大雨|雷阵雨)/u;

/**
 * A box's label inside a story (编者按, 记者手记, 相关链接) on a line of its own: a paragraph of the story, never
 * the headline of another.
 */
export const STORY_LABEL =
  /^[【[]?(编者按|编者的话|编后语?|编后记|记者手记|采访手记|相关链接|背景链接|新闻链接|知识链接|小贴士|温馨提示|延伸阅读)[】\]]?\s*[:：]?$/u;

/**
 * An evening paper's tip-off credit after the story's credit: `… 首席记者 徐富盈 文/图 线索提供 吴俊成（稿费30元）`.
 * 线索 needs 提供 or a colon after it: 寻找线索真相 is no tip-off.
 */
export const TIP = /\s*线索(?:提供者?|提供人|\s*[:：])\s*[:：]?\s*[\p{Script=Han}·]{2,4}\s*(?:[（(]稿费\s*\d+\s*元[）)])?$/u;
/** Where a tip-off credit closing `t` starts, or −1 (a cheap test for 线索 before the pattern). */
export const tipOffAt = (t: string): number => (t.includes("线索") ? (TIP.exec(t)?.index ?? -1) : -1);

/** Column names used as titles. */
export const COLUMN_TITLE = /^[【[]?(图片新闻|简讯|快讯|图说|短讯|一句话新闻)[】\]]?$/u;
/** Enumerations and numbered captions: 一、 (一) 1. ① 图① 图一、 */
export const ENUMERATION =
  /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]\D|[①-⑳]|图\s*[①-⑳一二三四五六七八九十\d])/u;
/** A place or body as subject (高新区…, 兴仁街道…, 市检察院…). */
export const SUBJECT =
  /^(我区|全区|我市|全市|我县|全县|我国|全国|中国|国务院|中共中央|市委|区委|县委|[\p{Script=Han}]{1,6}?(区|县|市|镇|乡|街道|社区|村|省|自治区)(?![域级道路线长委])|[\p{Script=Han}]{1,6}?(部|委|局|厅|院|办)(?=[\p{Script=Han}]))/u;

/** A headline line opening with a verb or coverb of its own (美化乡村…, 推动项目…): a part, not a wrapped title's rest. */
export const VERB_START =
  /^(美化|打造|推进|推动|助力|聚力|聚焦|加快|加强|提升|深化|筑牢|守护|共建|共享|奏响|谱写|绘就|跑出|按下|做好|抓好|实现|开启|迈向|争创|喜迎|礼赞|致敬|激活|点亮|擦亮|托起|赋能|凝聚|汇聚|书写|织密|守牢|夯实|树立|彰显|答好|交出|跑好|下好|唱响|扮靓|引导|放飞|弘扬|传承|营造|促进|倡导|携手|共谱|共创|坚持|全力|奋力|持续|扎实|让|为|用|以|向|与)/u;
/** A line ending on a verb or word still waiting for its object (高新区召开 / …会议): wrapped, not a part. */
export const OPEN_END =
  /(开展|庆祝|组织|参加|推进|推动|做好|加强|深入|助力|打造|开启|实施|参观|走进|深化|出台|荣获|迎来|创建|举办|的|在|对|为|与|和|及|让|把|将|向|从|以|暨)$/u;
/** A headline led by a person and a verb of office (习近平会见…, 王沪宁出席…): a title of its own. */
export const ACTOR_START =
  /^\p{Script=Han}{2,3}(将|还|也|同)?(出席|主持|会见|会晤|签署|颁发|宣布|点燃|致电|致信|看望|调研|考察|讲话|强调|指出|参加)/u;

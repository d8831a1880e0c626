/**
 * The name model: a person's name is a surname (single or compound) and one or
 * two given-name characters. Where the text gives no title or role before a
 * name (张学良的部下, 徐志高说), both given characters must be ones given names
 * commonly use, and the whole must be no dictionary word of another kind.
 */
import { surnameLength } from "./surnames";
import { isOtherWord, wordTag } from "./lexicon";
import { COUNTRIES, WORLD_CITIES } from "./gazetteer";
import { divisions } from "./divisions";

const FOREIGN = new Set([...COUNTRIES, ...WORLD_CITIES]);
const isPlaceName = (s: string) =>
  FOREIGN.has(s) ||
  divisions()
    .byName.get(s)
    ?.some((d) => !d.bare || d.level <= 2) === true;

/** Characters common in given names (a table of the usual ones, both sexes, several generations). */
const GIVEN = new Set(
  "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘" +
    "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思" +
    "丽敏艺雯婧璇琪萱涵瑜妮婉怡诗梓轩宇浩然睿哲涵铭博文豪宸皓泽昊晟煜烨炜俊杰鑫淼森磊焱垚鹏飞翔鸿儒凯铠锋锐钢铁金银铜锡锦钰铭镇钊钦钧锟鑫" +
    "春夏秋冬晨曦阳光辉煌耀灿炳焕熙照晖旻昀昕晗暄晴明亮星辰月日" +
    "一二三四五六七八九十百千万亿" +
    "德仁义礼智信忠孝廉耻勤俭恭谦让温良恭俭诚实守正直立" +
    "国家邦民华夏中兴盛昌隆繁荣富贵福禄寿喜庆吉祥瑞安康宁泰平和顺利" +
    "红军卫东向阳建设抗援朝跃进解放胜利" +
    "山川河海江湖波涛浪洋泉溪源流清澄涌沛汉沅湘淮洪涛" +
    "松柏桂桐梧杨柳槐榆樟楠林森树木竹梅兰菊莲荷芳芬芝蕙芸芷茹萌蕾" +
    "文武斌彬雄杰英豪俊彦才贤达通广博宏远长久永恒坚毅刚强勇猛威虎彪龙凤鹤鹰鹏燕莺鸿雁" +
    "子小少幼童生孙" +
    "元亨利贞乾坤正方圆" +
    "璋琮珏琦瑛瑶璐瑾瑜璇琳琅玮珂珊玲珍珠瑞琛璟瑄琨琰琬" +
    "霖雨雪霜露霞云雷电风" +
    "宝贝金玉珍珠财富" +
    "倩茜婧娴妍姝媛婕娅婵娥嫦姣娇婷婀娜" +
    "高峰占献丰发旺财根柱栓锁满仓存喜来福贵双全连友兵亭廷岭岗峻嵩崇巍屹" +
    // 花 ends many women's names of the generations local papers write about (银花, 春花, 金花).
    "花",
);

/** Given-name parts that are words of address, not names: 王女士, 高先生, 阳师傅. */
const POLITE =
  /^(女士|先生|师傅|老师|同志|同学|阿姨|大爷|大妈|大娘|大姐|大哥|老人|老太|老伯|伯伯|叔叔|婶婶|奶奶|爷爷|某|某某|总|董|局|书记|主任|校长|院长|经理|老板|师|工|姐|哥|伯|叔|婶|嫂|妈|爸|氏|家|府|宅|老|队|所|长|女|男|某某某)$/u;
// Surnames that are first of all common words (和, 游, 文): a name with one needs common given characters.
const WEAK_SURNAME = /^[和与及同游闻干幸过那都但能可也还就上下中大小多少新老全好洪凤昌国]/u;
// Words the dictionary holds as names that news uses otherwise: 贺信 after 主席, 智慧, 敬礼.
const NOT_NAMES = new Set(
  "贺信 贺电 贺词 贺卡 智慧 敬礼 文明 卫星 高兴 高度 强调 全面 全力 关于 安全 常态 方面 车辆 金融 石油 黄金 江山 海洋 林业 史上 向前看".split(
    " ",
  ),
);

export { surnameLength };

const HAN = /^[\u4e00-\u9fff]+$/u;

/**
 * A plausible name of `given` given-name characters at `at`, or null: the surname table, no word of
 * address, no other dictionary word; `afterOffice` when an office title stands right before it.
 */
export function nameOfLength(text: string, at: number, given: 1 | 2, afterOffice = false): string | null {
  const sl = surnameLength(text.slice(at, at + 2));
  if (!sl) return null;
  const name = text.slice(at, at + sl + given);
  if (name.length !== sl + given) return null;
  // The verdict depends on the name alone: worked out once per name (the same names recur in every article).
  const memo = verdicts[afterOffice ? 1 : 0];
  let ok = memo.get(name);
  if (ok === undefined) memo.set(name, (ok = plausible(name, sl, afterOffice)));
  return ok ? name : null;
}
const verdicts = [new Map<string, boolean>(), new Map<string, boolean>()];

function plausible(name: string, sl: number, afterOffice: boolean): boolean {
  if (!HAN.test(name)) return false;
  const g = name.slice(sl);
  if (POLITE.test(g) || /^老/u.test(g) || isOtherWord(name)) return false;
  // A country or a place is no name (乌克兰, 全中国), nor a verb after a surname-like character (时强调, 国工作, 关于党).
  if (isPlaceName(name) || isPlaceName(g)) return false;
  if (g.length === 2 && /^(v|vn|vd|p|c|u|r|rr|m|q)$/u.test(wordTag(g) ?? "")) return false;
  if (/^(p|c|u|r|rr|d|v|vd|vn|a|ad)$/u.test(wordTag(name.slice(0, 2)) ?? "") || NOT_NAMES.has(name.slice(0, 2))) return false;
  if (sl === 1 && WEAK_SURNAME.test(name) && !afterOffice) return false;
  // The given part a common word of its own (居民, 低保, 干部): a description, no name.
  // After an office title the text vouches for the name (秘书长肖向前).
  if (!afterOffice && g.length === 2 && isOtherWord(g) && !commonGiven(name)) return false;
  if (sl === 1 && WEAK_SURNAME.test(name) && !commonGiven(name)) return false;
  return true;
}

/** True when every given-name character of `name` is a common one (for names the text does not introduce). */
export function commonGiven(name: string): boolean {
  const given = name.slice(surnameLength(name));
  return given.length > 0 && [...given].every((c) => GIVEN.has(c));
}

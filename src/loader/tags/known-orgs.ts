/**
 * Organisations that news names by a short proper name no suffix gives away:
 * national companies and brands, parties, national media. With the full name
 * each short one stands for, where it has one, so both are one tag.
 */
export const ORG_ALIASES: [short: string, full: string][] = [
  ["国铁集团", "中国国家铁路集团有限公司"],
  ["中国铁路", "中国国家铁路集团有限公司"],
  ["国家电网", "国家电网有限公司"],
  ["南方电网", "中国南方电网有限责任公司"],
  ["中国移动", "中国移动通信集团有限公司"],
  ["中国联通", "中国联合网络通信集团有限公司"],
  ["中国电信", "中国电信集团有限公司"],
  ["中国石油", "中国石油天然气集团有限公司"],
  ["中国石化", "中国石油化工集团有限公司"],
  ["中国邮政", "中国邮政集团有限公司"],
  ["央视", "中央电视台"],
  ["总台", "中央广播电视总台"],
  ["工商银行", "中国工商银行"],
  ["农业银行", "中国农业银行"],
  ["建设银行", "中国建设银行"],
  ["共青团", "中国共产主义青年团"],
];

export const KNOWN_ORGS = [
  ...new Set([
    ...ORG_ALIASES.flat(),
    ..."东盟 欧盟 非盟 联合国 上合组织 金砖国家 中国共产党 新华社 人民日报 光明日报 经济日报 中央电视台 中央广播电视总台 中国新闻网 人民网 央视网 新华网 国务院 全国人大 全国政协 中国人民解放军 武警 华为 腾讯 阿里巴巴 美团 比亚迪 宁德时代 中国中车 中国建筑 中国中铁 中国铁建 中国交建".split(
      " ",
    ),
  ]),
];

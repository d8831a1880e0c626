/**
 * Organisations (机构): companies (…有限公司), government bodies (区应急局,
 * 市检察院), papers (枣庄日报社), and 区委/区政府 where they stand on their own.
 * A body named only inside a person's title (区委书记) is not tagged.
 */
import { prefixBefore } from "./spans";

const COMPANY = /(股份有限公司|有限责任公司|有限公司|集团|实业公司|公司)/g;
const BODY =
  /(省|市|区|县|镇)(应急|检察|法|人民法|公安|财政|教育|卫健|卫生健康|民政|人社|人力资源和社会保障|自然资源|自然资源和规划|住建|住房和城乡建设|交通运输|交通|水务|水利|农业农村|商务|文旅|文化和旅游|市场监管|市场监督管理|统计|医保|医疗保障|城管|综合行政执法|司法|审计|税务|生态环境|退役军人事务|信访|大数据|行政审批服务|发改|发展和改革|工信|工业和信息化|科技|国资|供销|消防救援|气象|档案|机关事务|投资促进|融媒体|妇联|团|总工会|残联|科协|红十字|纪委监委|纪委|政法委|编办|宣传部|组织部|统战部)(局|院|委员会|委|会|中心|部|办|厅|大队|支队)/g;
const SUB_UNIT = /^(监察支队|执法大队|执法支队|稽查大队|派出所|分局|中队)/u;
const MEDIA = /(日报社|报社|电视台|广播电视台|融媒体中心)/g;
const PARTY = ["中国共产党", "共青团"];
const SHORT_BODIES = /(区委|区政府|市委|市政府|县委|县政府|镇党委|镇政府|党工委|管委会)/g;
// A body followed by one of these is part of a title or a room: 区委书记, 市政府副秘书长, 区委二楼常委会议室.
const TITLE_AFTER = /^(常委|书记|副|主任|委员|秘书长|部长|局长|院长|检察长|党组|办公室|宣传部|组织部|领导|二楼|大楼|\d+楼|会议室|常务)/u;
// Words a company name does not start with.
const VERB_CUT =
  /(拆除|通过|引进|签约|落地|投资|建设|组织|走访|深入|参观|考察|调研|推动|支持|服务|帮助|联合|集中|积极|主动|全力|成立|注册|收购|入驻|希望|感谢|欢迎|邀请|表示|指出|据|和|与|及)/u;

export interface Organisation {
  name: string;
  /** The full name a short one stands for, where the text gives both. */
  canonical?: string;
  /** Named relative to the paper's place (区委, 市教育局). */
  relative?: boolean;
}

const RELATIVE = /^(省|市|区|县|镇|乡|街道|团(省|市|区|县)委)/u;

export function extractOrganisations(text: string): Organisation[] {
  const found: Organisation[] = [];
  const add = (s: string) =>
    s && !found.some((o) => o.name === s) && found.push(RELATIVE.test(s) ? { name: s, relative: true } : { name: s });
  for (const m of text.matchAll(COMPANY)) {
    const prefix = prefixBefore(text, m.index!, 20, VERB_CUT);
    // A company name is more than its type; a bare 公司 needs a longer name (大数据公司 describes, 鲁南实业公司 names).
    if ([...prefix].length >= (m[0] === "公司" ? 4 : 2)) add(prefix + m[0]);
  }
  for (const m of text.matchAll(BODY)) {
    const end = m.index! + m[0].length;
    const sub = SUB_UNIT.exec(text.slice(end));
    if (TITLE_AFTER.test(text.slice(end)) && !sub) continue;
    add(sub ? m[0] + sub[0] : m[0]);
  }
  for (const m of text.matchAll(/(市|区|县)(检察院|人民法院|法院|人民政府)/gu)) {
    if (!TITLE_AFTER.test(text.slice(m.index! + m[0].length)) || text.slice(m.index! + m[0].length).startsWith("领导")) add(m[0]);
  }
  for (const m of text.matchAll(MEDIA)) {
    const prefix = prefixBefore(text, m.index!, 8, VERB_CUT);
    if ([...prefix].length >= 2) add(prefix + m[0]);
  }
  for (const p of PARTY) if (text.includes(p)) add(p);
  for (const m of text.matchAll(SHORT_BODIES)) if (!TITLE_AFTER.test(text.slice(m.index! + m[0].length))) add(m[0]);
  return found;
}

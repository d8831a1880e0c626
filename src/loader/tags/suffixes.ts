/**
 * The words that end a body's or a site's name (有限公司, 日报, 市教育局,
 * 湿地公园, 高新区), as lists of phrases: the article's one scan finds them
 * together with the names (scan.ts), so no extractor runs a regex of many
 * alternatives over the text. Every list is searched leftmost-longest, which
 * is what the regexes they replace found (each alternation preferred its
 * longest alternative).
 */

/** Every concatenation of one phrase from each part, in order. */
const product = (...parts: string[][]): string[] => parts.reduce((acc, p) => acc.flatMap((a) => p.map((b) => a + b)), [""]);
const words = (s: string) => s.split(" ");

/**
 * Kinds of body after a proper name (no place needed): companies, cooperatives, schools, media, teams.
 * 网 (新华网) is one character, too short for the phrase finder: organisations.ts finds it on its own.
 */
export const NAMED_ENDS = [
  ...words(
    "股份有限公司 有限责任公司 有限公司 集团 公司 专业合作社 合作社 联合社 志愿服务队 志愿者服务队 志愿者协会 服务队 救援队 志愿队 宣讲团 艺术团 帮帮团 合唱团 俱乐部 研究会 促进会 联合会 基金会 协会 学会 商会 社工 服务中心 发展中心 物业 实验小学 小学 中学 高中 分校 学院 大学 幼儿园 卫生院 医院 日报社 晚报社 日报 晚报 报社 广播电视台 电视台 融媒体中心 卫视 新闻网 书店 书城 超市 商场 酒店 银行",
  ),
  ...product(words("一 二 三 四 五 六 七 八 九 十"), ["中"]),
];

const LEVELS = words("省 市 区 县");
/** Departments named relative to the paper's place: 市教育局, 区应急管理局, 县委宣传部办. */
export const RELATIVE_BODIES = product(
  LEVELS,
  words(
    "应急管理 应急 检察 人民检察 法 人民法 公安 财政 教育 卫健 卫生健康 民政 人社 人力资源和社会保障 自然资源 自然资源和规划 住建 住房和城乡建设 交通运输 交通 水务 水利 农业农村 农林 商务 文旅 文化和旅游 文广新 市场监管 市场监督管理 统计 医保 医疗保障 城管 综合行政执法 司法 审计 税务 生态环境 退役军人事务 信访 大数据 行政审批服务 发改 发展和改革 工信 工业和信息化 科技 国资 供销 消防救援 气象 档案 机关事务 投资促进 融媒体 妇联 总工会 残联 科协 红十字 纪委监委 纪委 政法委 编办 宣传部 组织部 统战部 政协 人大常委会 委宣传部 委组织部 园林管理",
  ),
  words("局 院 委员会 委 会 中心 部 办 厅 大队 支队 处"),
);
/** Bodies of the paper's place that need no kind after them: 市妇联, 区法院. */
export const RELATIVE_WHOLES = product(
  LEVELS,
  words(
    "妇联 总工会 残联 科协 政协 人大常委会 红十字会 纪委监委 纪委 政法委 编办 委宣传部 委组织部 委统战部 检察院 人民检察院 法院 人民法院",
  ),
);
/** Relative bodies standing alone: 区委、区政府 act (区委书记 is a title, told apart later). */
export const SHORT_BODIES = words("区委 区政府 市委 市政府 县委 县政府 镇党委 镇政府 乡党委 乡政府 党工委 管委会 街道党工委 街道办事处");

/** Sites by their suffix: parks, gardens, museums, reservoirs (rivers and hills by one character are places.ts's). */
export const SITE_ENDS = words(
  "历史文化展馆 展馆 博物馆 纪念馆 图书馆 文化馆 科技馆 美术馆 阅读书房 城市书房 游园 生态绿地 国家湿地公园 湿地公园 森林公园 生态公园 海洋公园 郊野公园 文化公园 主题公园 体育公园 遗址公园 公园 文化园 植物园 动物园 水库 风景区 湿地",
);

/** Development zones. */
export const ZONE_ENDS = words("高新技术产业开发区 经济技术开发区 经济开发区 高新区 开发区 自贸区 保税区 新区");

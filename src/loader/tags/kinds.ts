/** Kind (类型) of an article, from its headline and byline: 会议, 调研, 活动, 图片新闻. */

const RULES: [string, RegExp][] = [
  ["会议", /(会议|座谈会|推进会|部署会|调度会|约谈会|大会|报告会|培训会|见面会|发布会|联席会|(召开|举行)$)/u],
  ["调研", /(调研|督导|视察|考察|检查|走访|察看)/u],
  ["活动", /(活动|演出|汇演|比赛|大赛|仪式|开园|展览|展会|读书|志愿|宣讲|评选|文艺)/u],
];

export function extractKinds(headline: string, byline: string | null): string[] {
  const kinds = RULES.filter(([, re]) => re.test(headline)).map(([k]) => k);
  if (byline && /(摄|摄影|摄影报道)$/u.test(byline)) kinds.push("图片新闻");
  return kinds;
}

/**
 * Natural landmarks of China that news names often and that no suffix rule can
 * find with confidence, mostly one character and a 江/河/山/湖 (长江, 泰山, 太湖), and the
 * regions news names as places (长三角, 京津冀).
 * Local lakes and hills (万丰湖, 麦积山) come from the suffix rules instead.
 */
export const LANDMARKS = (
  "长江 黄河 珠江 淮河 汉江 渭河 泾河 汾河 洛河 伊河 沁河 湘江 赣江 闽江 漓江 邕江 郁江 西江 北江 东江 钱塘江 富春江 瓯江 松花江 辽河 浑河 海河 滦河 永定河 嘉陵江 乌江 岷江 沱江 涪江 大渡河 雅砻江 金沙江 澜沧江 怒江 雅鲁藏布江 黑河 塔里木河 额尔古纳河 图们江 鸭绿江 " +
  "大运河 京杭大运河 太湖 洞庭湖 鄱阳湖 巢湖 洪泽湖 青海湖 西湖 滇池 洱海 抚仙湖 千岛湖 纳木错 呼伦湖 博斯腾湖 " +
  "泰山 华山 衡山 恒山 嵩山 黄山 庐山 峨眉山 武当山 五台山 普陀山 九华山 武夷山 井冈山 雁荡山 崂山 秦岭 太行山 大别山 天山 昆仑山 祁连山 长白山 大兴安岭 小兴安岭 阴山 燕山 六盘山 贺兰山 梵净山 张家界 " +
  "长三角 珠三角 京津冀 粤港澳大湾区 成渝 关中平原 中原城市群 " +
  "渤海 黄海 台湾海峡 琼州海峡 舟山群岛 西沙群岛 南沙群岛 钓鱼岛 崇明岛 海南岛"
).split(" ");

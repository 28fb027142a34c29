/**
 * 评分标准 texts written in the styles of published 测评体系 (文明单位、文明机关、
 * 文明城市测评), in our own words, each with what a careful reader of the text
 * would set in kaoping: the rule and its parameters, or "decline" when the
 * text does not say enough to score it without a judgement.
 *
 * Expected values are read by hand from the text (a note says how where it
 * is not plain); the test checks every entry.
 */
export interface StandardCase {
  text: string;
  points?: number;
  name?: string;
  expected: { rule: string; params: Record<string, string>; fields?: string[]; unread?: string[] } | { decline: string };
}

export const standardCases: StandardCase[] = [
  // 扣分, per occurrence, with or without a cap
  { text: "每发现一次扣3分，扣完为止", points: 5, expected: { rule: "deduction", params: { perOccurrence: "3", deductionCap: "扣完为止" }, unread: [] } },
  { text: "每次扣1分，最多扣3分", points: 3, expected: { rule: "deduction", params: { perOccurrence: "1", deductionCap: "3" }, unread: [] } },
  { text: "发现一处不符合要求的扣0.5分，扣完本项分值为止", points: 2, expected: { rule: "deduction", params: { perOccurrence: "0.5", deductionCap: "扣完为止" } } },
  { text: "被市级以上媒体曝光的，每起扣２分，累计扣分不超过４分", points: 4, expected: { rule: "deduction", params: { perOccurrence: "2", deductionCap: "4" }, unread: [] } },
  { text: "未按时报送材料的，每次扣1分", points: 2, expected: { rule: "deduction", params: { perOccurrence: "1" } } },
  { text: "工作中出现差错，扣0.5分/次，扣完为止", points: 3, expected: { rule: "deduction", params: { perOccurrence: "0.5", deductionCap: "扣完为止" } } },
  { text: "每出现1例违规操作扣２分（扣满６分为止）", points: 6, expected: { rule: "deduction", params: { perOccurrence: "2", deductionCap: "6" }, unread: [] } },
  { text: "检查中每发现一个问题扣1分，此项分值扣完为止", points: 4, expected: { rule: "deduction", params: { perOccurrence: "1", deductionCap: "扣完为止" } } },
  { text: "发生一起有效投诉扣２分；最多扣4分", points: 4, expected: { rule: "deduction", params: { perOccurrence: "2", deductionCap: "4" } } },
  { text: "每发现一处“牛皮癣”扣0.2分，扣完为止", points: 2, expected: { rule: "deduction", params: { perOccurrence: "0.2", deductionCap: "扣完为止" } } },
  { text: "每次扣３分，扣完为止", points: 6, expected: { rule: "deduction", params: { perOccurrence: "3", deductionCap: "扣完为止" } } },
  // The veto clause of a scored item is left for review, not dropped silently.
  { text: "每发现一次违规扣2分，扣完为止；发生重大责任事故的，实行一票否决", points: 5, expected: { rule: "deduction", params: { perOccurrence: "2", deductionCap: "扣完为止" }, unread: ["实行一票否决"] } },
  { text: "视情节每次扣1-2分", points: 4, expected: { decline: "a range of points is a judgement" } },
  { text: "一年内受到通报批评的，每次扣2分；受到警告处分的，每人次扣3分", points: 5, expected: { decline: "two different rates are two items" } },
  { text: "未按要求报送的，扣1分", points: 2, expected: { decline: "one deduction, not per occurrence: is it 1 of 2 or all?" } },

  // 扣分 per missing item: the count of missing items is the 发生次数
  { text: "少一项扣2分", points: 6, expected: { rule: "deduction", params: { perOccurrence: "2" }, unread: [] } },
  { text: "缺一项扣1分，扣完为止", points: 4, expected: { rule: "deduction", params: { perOccurrence: "1", deductionCap: "扣完为止" } } },
  { text: "档案资料齐全，每缺少一项扣0.5分", points: 3, expected: { rule: "deduction", params: { perOccurrence: "0.5" }, unread: [] } },
  { text: "制度、台账、记录缺1项扣1分，最多扣3分", points: 3, expected: { rule: "deduction", params: { perOccurrence: "1", deductionCap: "3" } } },

  // 差额扣分: a standard count, points off for each one short
  { text: "达到10处以上为合格，每少一处扣2分", points: 5, expected: { rule: "shortfall", params: { standard: "10", perShort: "2" }, unread: [] } },
  { text: "全年开展志愿服务活动不少于12次，每少1次扣0.5分", points: 6, expected: { rule: "shortfall", params: { standard: "12", perShort: "0.5" } } },
  { text: "应建立不少于5个文明实践点，少1个扣1分，扣完为止", points: 5, expected: { rule: "shortfall", params: { standard: "5", perShort: "1" }, unread: [] } },
  { text: "公益广告刊播达到１０处以上为合格；每少1处扣2分，扣至0分为止", points: 5, expected: { rule: "shortfall", params: { standard: "10", perShort: "2" }, unread: [] } },
  { text: "开展“我们的节日”主题活动每年不少于5次，每少1次扣0.5分，扣完为止", points: 2, expected: { rule: "shortfall", params: { standard: "5", perShort: "0.5" } } },
  { text: "每季度至少开展1次道德讲堂，全年4次，每少一次扣1分", points: 4, expected: { decline: "two standards (1 a quarter, 4 a year)" } },
  { text: "每月刊发信息不少于2篇（全年24篇），每少1篇扣0.2分", points: 3, expected: { decline: "two standards (2 a month, 24 a year)" } },

  // 按比例: formula, 完成率 against a target, 比率
  { text: "得分=播出数量/4×分值", points: 4, expected: { rule: "completion", params: { target: "4" }, fields: ["播出数量"] } },
  { text: "本项得分=文明科室数÷科室总数×分值", points: 5, expected: { rule: "formula", params: { formula: "文明科室数÷科室总数×分值" } } },
  { text: "得分=（本单位志愿者人数/职工总数）×分值", points: 3, expected: { rule: "formula", params: { formula: "(本单位志愿者人数/职工总数)×分值" } } },
  { text: "得分=实际完成数/目标任务数×分值，最高不超过分值", points: 4, expected: { rule: "formula", params: { formula: "实际完成数/目标任务数×分值" }, unread: [] } },
  { text: "按完成比例计分，完成4期得满分", points: 4, expected: { rule: "completion", params: { target: "4" }, unread: [] } },
  { text: "全年发稿以20篇为满分，不足的按比例计分", points: 2, expected: { rule: "completion", params: { target: "20" } } },
  { text: "按文明家庭户数占总户数的比例计分", points: 3, expected: { rule: "ratio", params: {}, fields: ["文明家庭户数", "总户数"] } },

  // 比率 / 满意度: full line, zero line, proportional between
  { text: "≥95%得满分，≤60%不得分，其间按比例计分", points: 10, expected: { rule: "ratio", params: { fullLine: "95%", zeroLine: "60%" }, unread: [] } },
  { text: "群众满意率达到90%以上的计满分，低于60%的不得分，中间按比例计分", points: 5, expected: { rule: "satisfaction", params: { fullLine: "90%", zeroLine: "60%" } } },
  { text: "知晓率≧９０％得满分，否则按比例计分", points: 3, expected: { rule: "ratio", params: { fullLine: "90%" } } },
  // 5 points, 1 per percentage point below 95% → none left at 90%.
  { text: "满意度95%以上得满分，每低1个百分点扣1分，扣完为止", points: 5, expected: { rule: "satisfaction", params: { fullLine: "95%", zeroLine: "90%" }, unread: [] } },
  { text: "覆盖率达100%得满分，低于50%不得分，其余按比例", points: 3, expected: { rule: "ratio", params: { fullLine: "100%", zeroLine: "50%" } } },
  // 得3分 on a 3-point item is 满分.
  { text: "参与率达到80%得3分，50%—80%之间按比例计分，低于50%不得分", points: 3, expected: { rule: "ratio", params: { fullLine: "80%", zeroLine: "50%" } } },
  { text: "志愿者注册率≥15%计满分，≤5%得0分，中间按比例计算", points: 4, expected: { rule: "ratio", params: { fullLine: "15%", zeroLine: "5%" } } },
  { text: "达到95%以上得满分；低于95%的，按比例计分", points: 4, expected: { rule: "ratio", params: { fullLine: "95%" } } },
  { text: "测评满意度≥85%得满分，≤50%不得分，其间按比例", name: "群众评议", points: 10, expected: { rule: "satisfaction", params: { fullLine: "85%", zeroLine: "50%" } } },
  { text: "差错率≤1%得满分，≥5%不得分，其间按比例计分", points: 3, expected: { decline: "lower-is-better rate lines: 比率 scores higher rates higher" } },

  // 达标: one target, either direction, % ‰ or a count
  { text: "不高于20‰得满分，否则不得分", points: 3, expected: { rule: "threshold", params: { target: "≤20‰" }, unread: [] } },
  { text: "政策符合率不低于97%的得满分，达不到的不得分", points: 3, expected: { rule: "threshold", params: { target: "≥97%" } } },
  { text: "人口出生率控制在千分之十五以内计满分，否则得0分", points: 2, expected: { rule: "threshold", params: { target: "≤15‰" } } },
  { text: "全年开展主题活动12次及以上的得满分，未达到的不得分", points: 3, expected: { rule: "threshold", params: { target: "≥12次" } } },
  { text: "安全事故发生率高于5‰的不得分，不高于5‰得满分", points: 2, expected: { rule: "threshold", params: { target: "≤5‰" }, unread: [] } },
  { text: "垃圾分类准确率达到90%的得满分，否则不得分", points: 2, expected: { rule: "threshold", params: { target: "≥90%" } } },
  { text: "全年有效投诉不超过2起的得满分，超过的不得分", points: 3, expected: { rule: "threshold", params: { target: "≤2起" } } },
  { text: "刑事案件发案率低于3‰的得满分，否则不得分", points: 3, expected: { decline: "低于 leaves 3‰ itself out; a 达标 target includes it" } },

  // 是否
  { text: "成立文明创建工作领导小组的得3分，未成立的不得分", points: 3, expected: { rule: "yesNo", params: {}, unread: [] } },
  { text: "制定年度创建工作计划得满分，没有制定不得分", points: 2, expected: { rule: "yesNo", params: {} } },
  { text: "建有新时代文明实践站的计２分，否则不得分", points: 2, expected: { rule: "yesNo", params: {} } },
  { text: "是否建立志愿服务队伍，是的得2分，否的不得分", points: 2, expected: { rule: "yesNo", params: {} } },
  { text: "有专人负责的得1分", points: 1, expected: { rule: "yesNo", params: {} } },
  { text: "有制度得1分，有记录得1分，有总结得1分", points: 3, expected: { decline: "three ticks summed: three items, not one" } },

  // 档次
  { text: "工作成效显著的评为A档得100%，成效一般的B档得66%，成效较差的C档得33%", points: 6, expected: { rule: "gradeLetter", params: { shares: "A=100%,B=66%,C=33%" } } },
  { text: "按A、B、C三档评分，A档得满分，B档得分值的60%，C档得分值的30%", points: 5, expected: { rule: "gradeLetter", params: { shares: "A=100%,B=60%,C=30%" }, unread: [] } },
  // 3/4 = 75%, 1/4 = 25%.
  { text: "好的得满分，较好的得3分，一般的得1分，差的不得分", points: 4, expected: { rule: "gradeLetter", params: { shares: "A=100%,B=75%,C=25%,D=0" } } },
  // 4/5 = 80%, 2/5 = 40%.
  { text: "优秀得5分，良好得4分，一般得2分", points: 5, expected: { rule: "gradeLetter", params: { shares: "A=100%,B=80%,C=40%" } } },
  { text: "优秀得3分，良好得2分，一般得1分", points: 3, expected: { decline: "2 of 3 points is 66.666…%, not a share one can type exactly" } },

  // 加分 by honour level
  {
    text: "获国家级表彰的每项加3分，省级每项加2分，市级每项加1分，最高加5分",
    points: 5,
    name: "荣誉表彰",
    expected: { rule: "bonus", params: { levelPoints: "国家级3分、省级2分、市级1分" }, fields: ["国家级荣誉表彰数", "省级荣誉表彰数", "市级荣誉表彰数"], unread: [] },
  },
  { text: "被评为全国文明单位加3分，省级文明单位加2分，市级文明单位加1分", points: 3, expected: { rule: "bonus", params: { levelPoints: "国家级3分、省级2分、市级1分" }, fields: ["国家级荣誉数", "省级荣誉数", "市级荣誉数"] } },
  { text: "受到国家、省、市表彰的分别加3、2、1分，累计不超过5分", points: 5, expected: { rule: "bonus", params: { levelPoints: "国家级3分、省级2分、市级1分" }, unread: [] } },
  // kaoping caps a bonus at the item's 分值 (5): a cap of 3 cannot be set, it is left for review.
  { text: "国家级每项加3分，省级每项加2分，最高加3分", points: 5, expected: { rule: "bonus", params: { levelPoints: "国家级3分、省级2分" }, unread: ["最高加3分"] } },
  { text: "获得市级以上荣誉的加2分", points: 2, expected: { decline: "市级以上: which levels, and is it per honour?" } },
  { text: "工作有创新、有特色的，酌情加1-3分", points: 3, expected: { decline: "a range at discretion" } },

  // 否决
  { text: "发生严重违法违纪问题的，实行一票否决", points: 0, expected: { rule: "veto", params: {}, unread: [] } },
  { text: "出现重大安全生产责任事故的，不得评定等级", points: 0, expected: { rule: "veto", params: { outcome: "不得评定等级" } } },
  { text: "该项为否决项，发生违法生育的取消当年评选资格", points: 0, expected: { rule: "veto", params: { outcome: "取消当年评选资格" } } },
  { text: "被上级部门通报批评的，一票否决，撤销文明单位称号", points: 0, expected: { rule: "veto", params: { outcome: "撤销文明单位称号" }, unread: [] } },

  // 直接打分 by inspectors or a panel
  { text: "由检查组现场打分", points: 5, expected: { rule: "direct", params: {}, unread: [] } },
  { text: "评委根据汇报情况打分，取平均分", points: 10, expected: { rule: "direct", params: {}, unread: [] } },
  { text: "考核组通过查阅资料、实地察看等方式综合评分", points: 8, expected: { rule: "direct", params: {} } },
  { text: "由评审组综合评定分数", points: 6, expected: { rule: "direct", params: {} } },

  // Vague: a judgement, not a rule
  { text: "工作扎实有效的酌情给分", points: 3, expected: { decline: "酌情 with no one named and no measure" } },
  { text: "视工作开展情况酌情扣分", points: 3, expected: { decline: "酌情扣分" } },
  { text: "根据工作实际，由评分人员综合考量后给予相应分数", points: 4, expected: { decline: "no measure, no named panel" } },
  { text: "根据工作开展情况，由各单位自评", points: 2, expected: { decline: "self-assessment without a measure" } },

  // Texts met while writing the readers: partial levels and two methods are declined, not half-read.
  { text: "单位职工知晓率达90%得2分，80%-90%得1分，80%以下不得分", points: 2, expected: { decline: "a band earning part of the points is a step, not a line" } },
  { text: "达到省级标准得满分，达到市级标准得2分，否则不得分", points: 3, expected: { decline: "two levels of achievement, not yes/no" } },
  { text: "由检查组现场打分，发现问题每处扣1分", points: 5, expected: { decline: "a panel score or a deduction: two methods" } },
  { text: "网上测评满意度按比例计分", points: 5, expected: { rule: "satisfaction", params: {} } },
  { text: "有领导小组、有工作方案、有活动记录，每缺一项扣1分", points: 3, expected: { rule: "deduction", params: { perOccurrence: "1" }, unread: [] } },
  { text: "不少于3次得满分，每少1次扣1分", points: 3, expected: { rule: "shortfall", params: { standard: "3", perShort: "1" }, unread: [] } },
  { text: "每次扣1分，最多扣3分，情节严重的加倍扣分", points: 3, expected: { rule: "deduction", params: { perOccurrence: "1", deductionCap: "3" }, unread: ["情节严重的加倍扣分"] } },
  { text: "未发生否决事项的得满分", points: 3, expected: { decline: "a tick that is full when nothing happened, not a veto" } },
  { text: "发现一次扣1分，发现两次扣3分", points: 3, expected: { decline: "a scale by count, not a rate per occurrence" } },
  { text: "每年至少召开2次专题会议，得满分", points: 2, expected: { decline: "full points for a count, nothing said below it" } },
  { text: "获国家级表彰加3分，省级加2分", points: 2, expected: { rule: "bonus", params: { levelPoints: "国家级3分、省级2分" }, unread: [] } },
  { text: "文明科室创建率=文明科室数/科室总数，≥80%得满分，≤50%不得分，其间按比例计分", points: 5, expected: { rule: "ratio", params: { fullLine: "80%", zeroLine: "50%" }, fields: ["文明科室数", "科室总数"], unread: [] } },
  // 2 points, 0.2 a point below 95% → none left at 85%.
  { text: "入户率达到95%得满分，每低1个百分点扣0.2分", points: 2, expected: { rule: "ratio", params: { fullLine: "95%", zeroLine: "85%" } } },
  { text: "开展活动≥4次得满分，3次得2分，2次得1分，少于2次不得分", points: 3, expected: { decline: "points by count band" } },
  // 「缺少2项及以上」 is what is missing, not a standard to reach; the last clause is left for review.
  { text: "缺少1项扣1分，缺少2项及以上不得分", points: 2, expected: { rule: "deduction", params: { perOccurrence: "1" }, unread: ["缺少2项及以上不得分"] } },
];

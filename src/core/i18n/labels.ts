/** Localized labels for enums and output headings, keyed by English ids. */
export const severityLabels = { error: "错误", warning: "警告", info: "提示" } as const;

export const rankMethodLabels = {
  competition: "美式排名（RANK.EQ，1,1,3）",
  dense: "中国式排名（1,1,2）",
  average: "平均排名（RANK.AVG）",
} as const;

export const directionLabels = { higher: "越高越好", lower: "越低越好", neutral: "不评价" } as const;

export const VETO_LABEL = "否决";
export const UNCATEGORISED = "未分类";
/** The label of a run whose year is nowhere to be found (a folder of returns without 年度). */
export const NO_YEAR_LABEL = "未注明年度";

/**
 * A title's year: 「2026年度」 before a name for a four-digit year, the label
 * and a space otherwise (a file without a year: 「office-submissions 」), and
 * no doubled 年度 when the name starts with it.
 * @example yearTitle("2026") // => "2026年度"
 * @example yearTitle("office-submissions") // => "office-submissions "
 * @example yearTitle("2026", "年度工作目标完成率") // => "2026年度工作目标完成率"
 */
export function yearTitle(label: string, name = ""): string {
  if (!/^\d{4}$/.test(label)) return `${label} ${name}`;
  // A name that starts with 年度 shares the year's 年度 (「2026年度工作目标完成率」), neither doubled nor split by a space.
  return `${label}年度${name.replace(/^年度/, "")}`;
}
/** The team of panel scores that name none, beside teams that do. */
export const NO_TEAM = "未分组";
/** An inspector whose column or row gives no name. */
export const UNNAMED_INSPECTOR = "评委";
/** 备注 of a unit with a value that cannot be true (an error of src/core/checks). */
export const DATA_TO_VERIFY = "数据待核实";

/** Said after a 同比 column's heading when some items are left out of both years. @example `${COLUMNS.previousTotal}${ON_COMPARABLE}` // => "上年总分（按可比指标）" */
export const ON_COMPARABLE = "（按可比指标）";

/** Sheet names of the result workbook. */
export const SHEETS = {
  ranking: "总排名",
  categoryRanking: "分类排名",
  itemScores: "分项得分",
  statistics: "指标统计",
  issues: "问题清单",
  details: "计分明细",
  yearOnYear: "同比分析",
  categorySummary: "分类汇总",
  charts: "图表",
  about: "说明",
  outcomes: "评定结果",
  // issue 16: how sure each rank is
  robustness: "稳健性",
  diagnostics: "指标诊断",
} as const;

export const COLUMNS = {
  rank: "名次",
  categoryRank: "类别名次",
  unit: "单位名称",
  category: "单位类别",
  basic: "基本分",
  bonus: "加分",
  total: "总分",
  grade: "等级",
  remark: "备注",
  negative: "负面清单扣分",
  outcome: "评定结果",
  outcomeReasons: "评定理由",
  scoreGrade: "按总分的等级",
  points: "分值",
  subtotal: "小计",
  key: "编号",
  level1: "一级指标",
  item: "测评内容",
  rule: "计分方式",
  inputs: "输入数据",
  computation: "计算过程",
  score: "得分",
  rate: "比率/完成率",
  mean: "平均分",
  median: "中位数",
  stdDev: "标准差（STDEV.S）",
  max: "最高分",
  min: "最低分",
  scoreRate: "得分率",
  fullCount: "满分单位数",
  pooledRate: "合计比率（Σ分子/Σ分母）",
  meanRate: "单位比率均值",
  severity: "级别",
  file: "文件",
  sheet: "工作表",
  cell: "单元格",
  message: "说明",
  index: "序号",
  percentile: "百分位",
  previousTotal: "上年总分",
  totalChange: "总分增减",
  previousRank: "上年名次",
  rankChange: "名次变化",
  previousGrade: "上年等级",
  comparableTotal: "本年可比总分",
  highlights: "同比要点",
  q1: "下四分位（QUARTILE.INC）",
  q3: "上四分位（QUARTILE.INC）",
  status: "对比情况",
  previousUnit: "上年单位",
  figure: "指标",
  kind: "类型",
  direction: "方向",
  current: "本年",
  previous: "上年",
  change: "增减",
  changePercent: "增幅",
  changePoints: "变化（百分点/千分点）",
  verdict: "评价",
  note: "备注",
  wording: "同比表述",
  group: "范围",
} as const;

export const FIGURE_KIND_LABELS = { count: "数量", amount: "金额", rate: "比率", score: "得分" } as const;

/** issue 12: a Date that holds no instant, shown instead of throwing. */
export const INVALID_DATE = "无效日期";

/** issue 12: how a hidden sheet is named in messages. */
export const SHEET_STATE_LABELS = { hidden: "隐藏", veryHidden: "深度隐藏，只能用 VBA 取消隐藏" } as const;

// issue 12: file names made from unit names
/** Lines printed when a unit's file is not named exactly after it (characters replaced, cut, or a “（2）” added to keep two files apart). */
export const FILE_NAME_NOTES = {
  heading: (count: number) => `提示：${count} 个单位的文件名与单位名称不同（去掉了文件名不能用的字符、截短或加了序号以免重名），对应如下：`,
  line: (unit: string, path: string) => `  “${unit}” → ${path}`,
  more: (count: number) => `  ……另有 ${count} 个未列出`,
} as const;

// issue 12: Excel's sheet limits
/** Ends a text cut to Excel's 32,767 characters per cell. */
export const CELL_CUT_MARK = "……（超过 Excel 单元格 32767 字的上限，以下已截断）";
/** Printed after a run when a sheet lost columns past XFD or a cell was cut. */
export const EXCEL_LIMIT_NOTES = {
  columns: (sheet: string, columns: number) =>
    `警告：“${sheet}”表有 ${columns} 列，超过 Excel 的 16384 列上限（XFD 列），第 16385 列起未写出${sheet === "分项得分" ? "；各项得分见“计分明细”" : ""}`,
  templateColumns: (file: string, fields: number) =>
    `${file}: 测评体系有 ${fields} 个数据项，汇总模板需要 ${fields + 2} 列，超过 Excel 的 16384 列上限（XFD 列），无法生成；请拆分测评体系`,
  cells: (sheet: string, count: number, first: string) => `警告：“${sheet}”表有 ${count} 个单元格超过 Excel 的 32767 字上限，已截断（第一个在 ${first}）`,
} as const;

// issue 13: raw questionnaires
/** The 问卷统计 sheet of the result workbook: its name and columns. */
export const QUESTIONNAIRE_SHEET = {
  name: "问卷统计",
  columns: {
    unit: "单位名称", category: "单位类别", number: "题号", question: "问题",
    satisfied: "满意", basic: "基本满意", dissatisfied: "不满意", unknown: "不了解", blank: "未答",
    valid: "有效回答", rate: "满意度", answers: "答案分布", questionnaires: "有效问卷",
    blankExcluded: "剔除：空白", duplicateExcluded: "剔除：重复", identicalExcluded: "剔除：雷同", unknownExcluded: "剔除：单位不明", note: "备注",
  },
  allQuestions: "全部题目合计",
  unknownUnit: "不在申报数据和名单中",
  blankUnit: "（未填写被评单位）",
  blankUnitWhy: "答卷没有填写被评单位",
  fewValid: (count: number, min: number) => `有效问卷 ${count} 份，少于 ${min} 份`,
} as const;
/** The 满意度 chart's words. */
export const SATISFACTION_CHART = {
  title: "各类别问卷满意度",
  subtitle: (unknownIsValid: boolean) => `满意度 =（满意 + 基本满意）÷ 有效回答（${unknownIsValid ? "含" : "不含"}不了解），各类别全部单位、全部题目合计`,
  dataset: "满意度",
  axis: "满意度",
} as const;
// issue 13: reading 评分标准 texts
/** 数据项 names proposed for a 加分 item read from its text: one per honour level (「国家级荣誉表彰数」). */
export const PROPOSED_BONUS_FIELD = {
  /** What is counted when the item's name says nothing more specific. */
  defaultCounted: "荣誉",
  name: (level: string, counted: string) => `${level}${counted}数`,
} as const;
// issue 13: criteria import (the 测评体系 written by `kaoping criteria import`, for review)
export const IMPORT_LABELS = {
  title: (name: string) => `${name}（待审核）`,
  legendProposed: "建议",
  legendPending: "待确认",
  legend:
    "说明：黄色单元格是 kaoping 从评分标准读出的建议（计分方式、数据项、参数，“依据”列引出所据原文），请逐项审核；橙色单元格未能读出，须填写计分方式后才能计分，另见“待确认”表。“等级”表是默认等级，也请核对。审核后用 kaoping validate --criteria 本文件 检查。",
  /** The written 测评细则's columns: kaoping's own header names (parseCriteria reads them), then 依据 and 原表位置. */
  columns: { key: "编号", level1: "一级指标", level2: "二级指标", name: "测评内容", points: "分值", rule: "计分方式", fields: "数据项", method: "测评方法", standard: "评分标准" },
  sheets: { criteria: "测评细则", grades: "等级", settings: "设置", fields: "数据项" },
  total: "合计",
  /** A 一级/二级 with its points, as kaoping's own sheet writes it (parseCriteria reads them back). */
  withPoints: (name: string, points: number) => `${name}（${points}分）`,
  basis: "依据",
  source: "原表位置",
  pendingSheet: "待确认",
  pendingHeaders: ["序号", "原表位置", "测评内容", "原文", "说明", "测评细则位置"],
  /** 依据 pieces, joined by “；”. */
  basisRule: (rule: string, phrase: string) => `计分方式“${rule}”：“${phrase}”`,
  basisParam: (param: string, value: string, phrase: string) => `${param} ${value}${phrase ? `：“${phrase}”` : ""}`,
  basisFieldsDerived: (fields: string) => `数据项“${fields}”由测评内容推出（评分标准中没有写明），请改为申报数据中的列名`,
  basisFieldsRenamed: (from: string, to: string) => `数据项“${from}”已被别的指标使用，改为“${to}”`,
  basisPoints: (text: string, points: number) => `分值 ${points} 由“${text}”读出`,
  basisSeparator: "；",
  gradeHeaders: ["等级", "最低分", "说明"],
  gradeNote: "默认等级（建议），请按本地规定核对",
  settingsHeaders: ["设置项", "值", "说明"],
  settings: [
    ["排名方式", "美式", "美式（RANK.EQ：1,1,3）、中国式（1,1,2）、平均（RANK.AVG）"],
    ["小数位数", 2, "总分按 Excel ROUND 保留的小数位数，名次按保留后的分数排"],
    ["分组字段", "单位类别", "分类排名所用的申报数据列"],
    ["评委去极值", "是", "3 位及以上评委时去掉一个最高分和一个最低分"],
  ] as [string, string | number, string][],
  fieldHeaders: ["数据项", "类型", "方向", "计量单位", "说明"],
  fieldDerived: "由测评内容推出，请改为申报数据中的列名",
  fieldRead: "由评分标准读出，请核对",
  percentKind: "百分率",
  permilleKind: "千分率",
  /** Terminal lines. */
  summary: (sheet: string, items: number, proposed: number, pending: number) =>
    `kaoping：从“${sheet}”表读出 ${items} 项指标，其中 ${proposed} 项有计分方式建议，待确认 ${pending} 处`,
  pendingHeading: (count: number) => `待确认（${count} 处，另见“待确认”表）：`,
  written: (path: string) => `  已写出：${path}`,
  next: "以上是建议，不是计分结果：请审核黄色单元格、填写橙色单元格，用 kaoping validate --criteria <该文件> 检查无误后再计分",
} as const;
// issue 13: methods and the 测评汇总表
/** The 测评汇总表 sheet (per unit: each method's subtotal, 基本分, 特色/加分, 总分) and 计分明细's 测评方法 column. */
export const METHOD_SUMMARY = {
  sheet: "测评汇总表",
  title: "文明单位测评汇总表",
  subtitle: "各测评方法得分为基本分指标按该方法（及占比）所得之和，合计即基本分；特色/加分、总分、名次与总排名一致",
  bonus: "特色/加分",
  noMethod: "未注明方法",
  methodColumn: "测评方法（数据来源）",
  signature: "测评组长（签字）：__________　　审核人（签字）：__________　　测评单位（盖章）　　　　年　　月　　日",
  /** A method column's heading: the points on a line of their own, so the heading wraps there and not mid-number. */
  withPoints: (label: string, points: number) => `${label}\n（${points}分）`,
} as const;
// issue 14: history (--history)
/** How each year of the history was read, as 说明, the 历年对比 header and the summary say it. */
export const HISTORY_MODE_LABELS = {
  published: "结果工作簿，沿用公布的总分、名次和等级",
  rescored: "申报数据，按本年测评体系重新计分",
  current: "本年",
} as const;
export const HISTORY_MODE_SHORT = { published: "公布结果", rescored: "重新计分", current: "本年" } as const;
export const HISTORY = {
  sheet: "历年对比",
  inputRole: (year: number) => `历年数据（${year} 年）`,
  yearHeading: (year: number, mode: keyof typeof HISTORY_MODE_SHORT) => `${year} 年（${HISTORY_MODE_SHORT[mode]}）`,
  excellentYears: (grade: string) => `连续${grade}年数`,
  bestRank: "最好名次（年份）",
  worstRank: "最差名次（年份）",
  bestTotal: "最高总分（年份）",
  worstTotal: "最低总分（年份）",
  lastPlaces: (n: number, years: number) => `末位次数（类别后 ${n} 名，${years} 年中）`,
  lastPlacesRunning: "连续两年末位",
  yes: "是",
  newUnit: "本年新参评",
  departed: (last: number) => `本年未参评（最后参评 ${last} 年）`,
  absent: (years: string) => `${years} 年未参评`,
  renamed: (year: number, names: string) => `${year} 年名为 ${names}`,
  merged: (year: number, names: string) => `${year} 年由 ${names} 分别参评（合并前，不计总分和名次）`,
  extreme: (value: number | string, years: number[]) => `${value}（${years.join("、")}）`,
  notComparable: (year: number, items: string) => `${year} 年不含该年不可比的同比指标 ${items}，等级线按比例折算。`,
  rescoredIssues: (year: number, count: number) => `${year} 年申报数据中的 ${count} 条数据问题按同样规则处理，未列入问题清单。`,
  note: (published: string, rescored: string) =>
    `说明：${[published && `${published} 年沿用结果工作簿公布的总分、名次和等级`, rescored && `${rescored} 年为申报数据按本年测评体系重新计分`].filter(Boolean).join("；")}。名次为总排名名次，最好/最差名次按名次比较（并列年份都列出），总分各年满分相同时才可直接比较；空白表示该年未参评（见备注），不是 0 分。`,
  subtitle: (grade: string, n: number) =>
    `每个单位各年的总分、名次和等级，由旧到新，最后为本年；按名称和“单位变更”表对应更名与合并的单位；连续${grade}年数截至本年（含本年等级）；末位指在本类别中低于它的参评单位少于 ${n} 个（并列都算，否决单位不计）`,
  summary: (years: string, how: string, sheet: boolean) => `  历年：读取 ${years} 年（${how}）${sheet ? "，见“历年对比”表" : ""}`,
} as const;
// issue 14: 复查 of titles
/** 复查结论 words, as 评定结果, 总排名, the summary and the 通报 write them. */
export const REVIEW_LABELS = { keep: "保留", warn: "警告（限期整改）", withdraw: "撤销", replace: "递补" } as const;
export const REVIEW = {
  title: "已命名称号",
  result: "复查结论",
  reasons: "复查理由",
  about: "复查规则",
  notApplied: "复查规则未执行",
  summary: (counts: string, notApplied: number) => `  复查：${counts}${notApplied ? `；${notApplied} 条规则需要历年数据未执行` : ""}（详见“评定结果”）`,
  counts: (c: Record<keyof typeof REVIEW_LABELS, number>) => `保留 ${c.keep} 个，警告 ${c.warn} 个，撤销 ${c.withdraw} 个，递补 ${c.replace} 个`,
} as const;
// issue 14: history charts and the 通报's history sentence
export const HISTORY_CHARTS = {
  trendTitle: (label: string, first: number, last: number) => `${yearTitle(label)}各类别历年平均分（${first}—${last} 年）`,
  trendSubtitle: "线为类别平均分，阴影为最低分至最高分（不含一票否决单位）；各类别纵轴相同",
  trendPanel: (category: string, units: number) => `${category}（本年 ${units} 个单位）`,
  mean: "平均分",
  range: "最低—最高",
  total: "总分",
  year: (year: number) => `${year} 年`,
  rankTitle: (label: string, count: number) => `${yearTitle(label)}前 ${count} 名单位的历年名次`,
  rankSubtitle: (first: number, last: number) => `总排名名次，${first}—${last} 年，第 1 名在上；断开处为该年没有名次（未参评、合并前或一票否决）`,
  rankPanel: (rank: number, unit: string) => `${rank}. ${unit}`,
  rankAxis: "名次",
  rankLabel: (rank: number) => `第${rank}名`,
  /** Why a year of a unit's path has no place. */
  noRank: { absent: "未参评", merged: "合并前", vetoed: "否决" },
  /** A panel's subtitle: the unit's category, and the years it has no place in. */
  rankPanelNote: (category: string, gaps?: string) => (gaps ? `${category} · ${gaps}` : category),
  noRankGroup: (years: string, why: string) => `${years} 年${why}`,
} as const;
// issue 15: command line and forms
/** Commander's help headings and usage words, said in Chinese. */
export const CLI_HELP = {
  titles: { "Usage:": "用法：", "Options:": "选项：", "Global Options:": "全局选项：", "Commands:": "命令：", "Arguments:": "参数：" } as Record<string, string>,
  words: { "[options]": "[选项]", "[command]": "[命令]" } as Record<string, string>,
  defaultValue: (value: string) => `（默认：${value}）`,
  examples: "示例：",
  /** The positional file of score, validate and report. */
  submissionsArgument: "申报数据",
  submissionsArgumentHelp: "申报数据工作簿，或收回的自评表所在文件夹（同 --submissions，二者只写一个）",
} as const;
/** Each command's 示例: the command line, then what it does. */
export const CLI_EXAMPLES: Record<string, readonly (readonly [string, string])[]> = {
  kaoping: [
    ["kaoping score 2026-申报数据.xlsx", "计分、排名，写出 output/2026-排名结果.xlsx"],
    ["kaoping validate 收回/ --units 名单.xlsx", "只检查收回的自评表，列出问题"],
    ["kaoping template --units 名单.xlsx --year 2026", "为名单中每个单位生成自评表"],
    ["kaoping score --help", "查看 score 的全部选项"],
  ],
  score: [
    ["kaoping score 2026-申报数据.xlsx", "用自带测评体系计分，写出 output/2026-排名结果.xlsx"],
    ["kaoping score 收回/ --units 名单.xlsx --report", "读取收回的自评表，同时写出通报"],
    ["kaoping score 2026-申报数据.xlsx -p 2025-排名结果.xlsx", "与上年结果做同比"],
    ["kaoping score 2026-申报数据.xlsx --radar 县水务局", "另为县水务局绘制雷达图"],
  ],
  validate: [
    ["kaoping validate 2026-申报数据.xlsx", "只检查，不写工作簿；有错误时退出码为 1"],
    ["kaoping validate 收回/ --units 名单.xlsx", "检查收回的自评表，查出未交、名单外的单位"],
  ],
  report: [
    ["kaoping report 2026-申报数据.xlsx", "写出通报草稿（Word）和 report.html"],
    ["kaoping report 2026-申报数据.xlsx --all-units -q", "为每个单位绘制雷达图，不显示进度"],
  ],
  template: [
    ["kaoping template --units 名单.xlsx --year 2026", "名单中每个单位一份自评表，另有汇总模板"],
    ["kaoping template -c 本办测评体系.xlsx -o 下发", "一份空白自评表，写入 下发/"],
  ],
  criteria: [["kaoping criteria import 本办测评细则.xlsx", "转成 kaoping 的测评体系（待审核）"]],
  // issue 16: weights
  weights: [
    ["kaoping weights --judgements 判断矩阵.xlsx", "按专家判断矩阵（层次分析法）给出建议分值"],
    ["kaoping weights 本办测评体系.xlsx -j 判断矩阵.xlsx -s 2026-申报数据.xlsx --alpha 0.6", "层次分析法 60% 与熵权法 40% 组合"],
    ["kaoping weights -j 判断矩阵.xlsx -s 2026-申报数据.xlsx --combine multiplicative --objective critic", "与 CRITIC 权重乘法合成"],
  ],
  "criteria import": [["kaoping criteria import 本办测评细则.xlsx -o 导入", "写出 导入/本办测评细则-测评体系（待审核）.xlsx"]],
};
/** Why a returned file is not ranked (未参与排名), file names set off by spaces. */
export const SUBMISSION_REASONS = {
  formBlank: (file: string) => `自评表 ${file} 未填写`,
  formNoName: (file: string) => `自评表 ${file} 缺少单位名称`,
  duplicate: (where: string) => `与 ${where} 重复`,
} as const;
/** The validate summary's issue counts point to the list printed above, not to a workbook it did not write. */
export const VALIDATE_SUMMARY = {
  listedAbove: "（逐条列在上方）",
  none: "",
} as const;
// issue 15: charts a leader reads without help
/** Words of the charts (src/core/charts): legends, notes, the 省略 row. */
export const CHART_TEXT = {
  /** The row standing for units between the top 20 and the bottom 10. @example CHART_TEXT.omitted(270) // => "… 省略 270 个单位 …" */
  omitted: (n: number) => `… 省略 ${n} 个单位 …`,
  /** The row standing for vetoed units beyond the first ten. */
  moreVetoed: (n: number) => `… 另有 ${n} 个一票否决单位 …`,
  cutNote: "图中为前 20 名和后 10 名",
  rankingSubtitle: (units: number, cut: boolean) => `共 ${units} 个单位${cut ? "，图中为前 20 名和后 10 名" : ""}；条末为总分和等级`,
  changeUp: "总分提高",
  changeDown: "总分降低",
  rateFull: (line: string) => `达到满分线（${line}）`,
  ratePartial: "未达满分线",
  rateZero: (line: string) => `不高于起评线（${line}），不得分`,
  fullLine: (line: string) => `满分线 ${line}`,
  zeroLine: (line: string) => `起评线 ${line}`,
  /** A rate item's formula in the subtitle: 分子 ÷ 分母, and (满意 + 基本满意) ÷ 有效问卷 for 满意度. */
  ratio: (numerator: string, denominator: string) => `${rateTerm(numerator)} ÷ ${rateTerm(denominator)}`,
  satisfaction: (satisfied: string, basic: string, total: string) => `（${satisfied} + ${basic}）÷ ${total}`,
  unrated: (n: number) => `${n} 个单位无法计算（见问题清单）`,
  /** Said in the summary for rate items whose chart is not drawn. */
  allFull: (items: string) => `  图表：${items} 各单位（能计算的）均为 100%，未绘制覆盖率图`,
  radarSubtitle: (total: string, standing: string, category: string) => `总分 ${total}${standing}；与${category}平均、全部单位平均对比（不含一票否决单位）`,
  categoryMean: (category: string) => `${category}平均`,
  allMean: "全部单位平均",
  whiskerMax: (x: string) => `最高 ${x}`,
  whiskerMin: (x: string) => `最低 ${x}`,
  categoryMeanLabel: (category: string, units: number, mean: string) => `${category}（${units} 个）\n平均 ${mean}`,
  // issue 17: performance
  /** 图表's subtitle and 说明's row when the unit radars are files only. @example CHART_TEXT.radarsAsFiles(300, "charts/单位/") // => "单位雷达图 300 张未嵌入本工作簿，图片文件在输出目录的 charts/单位/ 文件夹" */
  radarsAsFiles: (n: number, folder: string) => `单位雷达图 ${n} 张未嵌入本工作簿，图片文件在输出目录的 ${folder} 文件夹`,
  radarsAbout: "单位雷达图",
} as const;

/** A field name in a formula, bracketed when it holds an operator itself. */
function rateTerm(name: string): string {
  return /[+\-×÷/]/.test(name) ? `（${name}）` : name;
}
// issue 15: report.html dashboard
/** The words of report.html's dashboard (its script receives them with the data). */
export const DASHBOARD = {
  title: (year: string) => `${year}文明单位测评结果`,
  allUnits: "全部单位",
  population: "平均分、最高分、最低分和各指标平均均不含一票否决单位；一票否决单位不评等级、不排名次，单列于后。",
  tabs: { ranking: "总排名", categories: "分类情况", unit: "单位详情", charts: "图表", report: "通报" },
  allCategories: "全部类别",
  allGrades: "全部等级",
  search: "搜索单位名称",
  shown: (shown: number | string, total: number | string) => `显示 ${shown} 个单位，共 ${total} 个`,
  sortHint: "点击表头排序，再点一次反向",
  vetoedHeading: "一票否决单位（不评等级、不排名次）",
  vetoedMark: "否决",
  noMatch: "没有符合条件的单位",
  chooseUnit: "选择单位",
  unitFacts: { category: "类别", rank: "名次", categoryRank: "类别名次", total: "总分", basic: "基本分", bonus: "加分", grade: "等级", outcome: "评定结果" },
  itemsHeading: (category: string) => `分项得分与“${category}”类别平均`,
  itemColumns: { key: "编号", name: "测评内容", points: "分值", unit: "本单位", mean: "类别平均", bar: "对比（占分值）" },
  legendUnit: "本单位",
  legendMean: "类别平均",
  missing: "（缺数据，计 0 分）",
  radarHeading: (category: string) => `一级指标得分率：本单位与“${category}”类别平均`,
  previousHeading: (year: string) => `与 ${year} 年相比`,
  previousFacts: { status: "对比情况", names: "上年单位", total: "上年总分", change: "总分增减", rank: "上年名次", rankChange: "名次变化", grade: "上年等级" },
  changeColumns: { name: "指标", verdict: "评价", wording: "同比表述" },
  noPrevious: "没有上年数据，不作同比。",
  issuesHeading: "数据问题（摘自问题清单）",
  issueColumns: { severity: "级别", place: "位置", item: "指标", message: "说明" },
  noIssues: "本单位没有数据问题。",
  toVerify: "数据待核实",
  vetoes: "一票否决",
  categoryColumns: { name: "类别", count: "单位数", vetoed: "一票否决", mean: "平均分", max: "最高分", min: "最低分" },
  membersHeading: (category: string, count: number | string) => `${category}（${count} 个单位）`,
  groupRatesHeading: "各类别一级指标平均得分率",
  chartsHeading: "图表",
  noCharts: "本次未绘制图表（--no-charts）。",
  coverageHeading: "比率类指标覆盖情况",
  notInlined: (count: number, folder: string) => `另有 ${count} 张图未嵌入本页（以免文件过大），见输出目录中的 ${folder}：`,
  back: "返回总排名",
  previousUnit: "上一个",
  nextUnit: "下一个",
  verdicts: { better: "改善", worse: "退步" },
} as const;
// issue 15: 通报 as a 公文
/** The 通报's fixed words: defaults of its settings, dates, numbers and the report's change phrases. */
export const NOTICE = {
  defaultHonour: "文明单位",
  defaultRecipients: "各参评单位",
  /** 落款 when neither 落款 nor 发文机关 is set: a place the clerk fills in. */
  signaturePlaceholder: "（发文机关署名）",
  /** 发文字号 when none is set: the year, and a blank for the number the registry gives. */
  docNumberBlank: (year: number) => `〔${year}〕　号`,
  /** 成文日期 as GB/T 9704 writes it: 2026年12月1日 (Arabic numerals, no padding). */
  date: (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
  title: (year: string, honour: string) => `关于${year}${honour}测评结果的通报`,
  attachment: (n: number) => `附件${n}`,
  tableCaption: (n: number, caption: string) => `表${n}　${caption}`,
  chartCaption: (n: number, caption: string) => `图${n}　${caption}`,
  categoryTable: (category: string, units: number) => `${category}测评结果（${units} 个单位）`,
  categoryAttachment: (category: string) => `${category}测评结果`,
  issuesAttachment: "未解决的数据问题",
  issuesSentence: (count: number, n: number) => `各单位申报数据中尚有错误和警告 ${count} 条，详见附件${n}，请相关单位核实。`,
  closing: "特此通报。",
  /** A change as the 通报 writes it, every figure at its one precision. */
  change: {
    score: (name: string, current: string, diff: number, shown: string) => `${name} ${current} 分，${diff === 0 ? "与上年持平" : `比上年${diff > 0 ? "提高" : "降低"} ${shown} 分`}`,
    rate: (name: string, current: string, diff: number, shown: string, perMille: boolean) =>
      `${name} ${current}，${diff === 0 ? "与上年持平" : `比上年${diff > 0 ? "提高" : "降低"} ${shown} 个${perMille ? "千分点" : "百分点"}`}`,
    count: (name: string, current: string, measure: string, diff: number, shown: string, percent: string | undefined) =>
      `${name} ${current}${measure}，${diff === 0 ? "与上年持平" : `比上年${diff > 0 ? "增加" : "减少"} ${shown}${measure}${percent === undefined ? "（上年为 0，无增幅）" : `，${diff > 0 ? "增长" : "下降"} ${percent}`}`}`,
  },
} as const;
// issue 15: formulas Excel can recompute
/** Sheets written only with --formulas. */
export const FORMULA_SHEETS = { data: "数据" } as const;
export const FORMULAS = {
  dataTitle: "计分数据（kaoping 读取并清理后的输入值）",
  dataSubtitle: "每个单位一行、每个数据项一列：文字数字、全角数字、百分数、计量单位已按读取结果换算（比率以小数表示，如 0.97 即 97%；档次为 A/B/C/D）；分项得分中的公式引用本表",
  gradeTable: "等级表（等级公式按此查找）",
  gradeTableHeader: "等级下限",
  about: "公式",
  aboutText: (gated: number, extra: number) =>
    `总排名、分类排名和分项得分中的基本分、加分、总分、小计、名次和等级为 Excel 公式（已写入计算结果，不重算时显示相同）：基本分、加分 = ROUND(SUM(分项得分中本单位各项), 小数位数)，加分以加分上限为限；名次按排名方式用 RANK.EQ（美式）、SUMPRODUCT/COUNTIF（中国式）或 RANK.AVG（平均），只在未被否决的单位中排；类别名次用 COUNTIFS；等级用 LOOKUP 按本表末尾的等级表查找。` +
    (gated ? `${gated} 个单位的等级经等级门槛降低，写为数值（不是公式）。` : "") +
    (extra ? `${extra} 个单位有超额加分（不在分项得分中单列），其加分写为数值。` : ""),
  itemsAbout: "分项公式",
  itemsText: (formulas: number, values: string) => `分项得分中的各项得分为引用“数据”表的公式（${formulas} 个单元格）${values ? `；以下写为数值：${values}` : ""}`,
  valueReasons: { missing: "数据缺失按 0 分", methods: "按测评方法分部计分", rule: "计分方式无法写成公式", inputs: "读取时经过换算或各计分方式读法不同" } as Record<string, string>,
  valueItem: (key: string, name: string, count: number, reason: string) => `${key} ${name} ${count} 个（${reason}）`,
} as const;
// issue 15: a workbook that prints
export const PRINTING = {
  /** 总排名 / 分类排名: what the print leaves to the screen. */
  screenOnly: (last: string, labels: string[], reasonsElsewhere: boolean) => `打印至“${last}”列；${labels.join("、")}在其右侧，供屏幕查看和复制，不打印${reasonsElsewhere ? "（理由另见“评定结果”表）" : ""}`,
  /** 分项得分: how the print is cut. */
  itemBands: (bands: number) => `打印时按一级指标分为 ${bands} 段，每页重复名次和单位名称`,
  /** The one population every statistic of the workbook, the charts and the 通报 use. */
  eligibleScope: (eligible: number, vetoed: number) => `统计范围：参与排名的 ${eligible} 个单位（不含一票否决单位${vetoed ? ` ${vetoed} 个` : ""}，与图表和通报一致）`,
  /** 分类汇总: counts are of every unit, means and rates of the ranked ones. */
  summaryScope: "单位数含全部参评单位；平均分和比率不含一票否决单位（与指标统计、图表和通报一致）",
} as const;
// issue 15: the subfolders of charts/, named once: the charts are put there, the run's messages and report.html find them by their spec's folder
export const CHART_FOLDERS = { unit: "单位", coverage: "覆盖率" } as const;
// issue 16: how sure each rank is (稳健性)
/** δ as the sheets and the 通报 write it: 25%. */
const deltaText = (delta: number) => `${Math.round(delta * 1000) / 10}%`;
export const ROBUSTNESS = {
  title: "名次稳健性分析",
  deltaText,
  subtitle: (draws: number, delta: number, seed: number, units: number, reduced: string) =>
    `各一级指标分值在 ±${deltaText(delta)} 内均匀随机浮动后按基本分合计重新折算，各单位一级指标得分按新分值同比例折算，加分和负面清单扣分不变，总分按小数位数四舍五入后重新排名；模拟 ${draws} 次（随机种子 ${seed}）${reduced}；统计范围：参与排名的 ${units} 个单位（不含一票否决单位）；名次区间为模拟名次的 5% 与 95% 百分位数（PERCENTILE.INC）`,
  reduced: (requested: number, draws: number) => `（设置为 ${requested} 次，单位数较多，为控制用时减为 ${draws} 次）`,
  median: "中位名次",
  interval: "名次区间（5%–95%）",
  topN: (n: number) => `进入前 ${n} 名概率`,
  topGrade: (grade: string) => `评为${grade}概率`,
  quota: (outcome: string) => `“${outcome}”名额线以上概率`,
  conclusion: "结论",
  robust: "稳健",
  notRobust: "结果不稳健",
  gradeLine: (grade: string, min: number) => `“${grade}”等级线（${min} 分）`,
  quotaLine: (outcome: string) => `“${outcome}”名额线`,
  /** 与县丙、县丁等 5 个单位难以区分 */
  others: (names: string[], count: number) => (count ? `，与${names.join("、")}${count > names.length ? `等 ${count} 个单位` : ""}难以区分` : ""),
  range: (low: string, high: string) => (low === high ? low : `${low}–${high}`),
  groupsHeading: "一级指标",
  groupPoints: "分值",
  groupShare: "单独解释的名次变动",
  groupSentence: (name: string, share: string) => `“${name}”的分值取舍单独解释了各单位名次变动的 ${share}`,
  groupNone: (name: string) => `“${name}”：名次没有变动，无从分解`,
  groupsNote: "一阶敏感度：把该一级指标的浮动分成 10 段，各段平均名次的方差占名次总方差的比重，按各单位名次方差加权；各项之和可小于 1（其余为指标之间的交互作用）",
  about: "名次稳健性",
  aboutText: (draws: number, delta: number, seed: number, reduced: string) =>
    `“稳健性”表：各一级指标分值在 ±${deltaText(delta)} 内均匀随机浮动并按基本分合计重新折算（各项得分不变，一级指标得分按新分值同比例折算，加分和负面清单扣分不变），模拟 ${draws} 次（随机种子 ${seed}，同一种子结果相同）${reduced}；每次按小数位数四舍五入后用本次排名方式在参与排名的单位中排名，等级按等级分数线重评（不计等级门槛）。名次区间为模拟名次的 5% 与 95% 百分位数（PERCENTILE.INC）；在 5% 以上的模拟中落在某条等级线或名额线两侧的单位标为“结果不稳健”，并列出名次区间与之相交、实际结果在线另一侧的单位。一级指标的影响为一阶敏感度（分 10 段估计）。可在设置中用 稳健性抽样次数（0 为不做）、权重扰动幅度、稳健性随机种子、稳健性前N名 调整`,
  chartTitle: (year: string) => `${year}名次稳健性：模拟名次区间`,
  chartSubtitle: (draws: number, delta: number, cut: boolean) => `各一级指标分值 ±${deltaText(delta)} 浮动，模拟 ${draws} 次；横条覆盖 5%–95% 名次区间，菱形为中位名次，三角为公布名次${cut ? "；单位较多，只列前 20 名和后 10 名" : ""}`,
  chartInterval: "名次区间（5%–95%）",
  chartMedian: "中位名次",
  chartNominal: "公布名次",
  chartAxis: "名次",
  chartTopLine: (n: number) => `前 ${n} 名`,
  /** The run summary's line: 「稳健性：模拟 1000 次，1 个单位的结果不稳健（甲局），详见“稳健性”」. */
  summary: (draws: number, units: string[], count: number) =>
    count
      ? `  稳健性：模拟 ${draws} 次，${count} 个单位的结果不稳健（${units.join("、")}${count > units.length ? "等" : ""}），详见“稳健性”`
      : `  稳健性：模拟 ${draws} 次，各单位的等级和名额结果均稳健（详见“稳健性”）`,
  // issue 16: qa — the chart marks the units the 通报 calls not robust
  chartUnstable: "（结果不稳健）",
} as const;
// issue 16: which items measure anything
/** The 指标诊断 sheet: its headings, each finding's short name and advice, and the readings of α and of the years' rank correlation. */
export const DIAGNOSTICS = {
  title: "测评指标诊断",
  columns: {
    meanRate: "平均得分率",
    fullShare: "满分单位占比",
    zeroShare: "零分单位占比",
    stdDev: "标准差",
    variation: "变异系数",
    itemTotal: "与总分相关",
    diagnosis: "诊断",
    advice: "建议",
    items: "参与计算的项目",
    alpha: "Cronbach α",
    consistency: "内部一致性",
    reading: "解读",
    item: "指标",
    r: "相关系数",
    pair: "另一指标与建议",
    scope: "范围",
    units: "两年均参与排名的单位",
    spearman: "斯皮尔曼相关",
    kendall: "肯德尔 τ-b",
    stability: "排序稳定性",
  },
  blocks: {
    groups: "一级指标内部一致性（Cronbach α，按各一级指标内的基本指标计算）",
    pairs: (line: string) => `可能重复计分的指标（同一一级指标内 |r| > ${line}，不含无差异、近乎无差异和区分度低的指标）`,
    noPairs: (line: string) => `同一一级指标内没有相关系数绝对值大于 ${line} 的指标对`,
    stability: "与上年排序相关（两年均参与排名的单位，按名次计算）",
  },
  /** The subtitle: the population and what the columns are. */
  subtitle: (scope: string, fullShare: string) =>
    `${scope}；标准差为样本标准差 STDEV.S，变异系数 = 标准差 ÷ 平均分；与总分相关 = 该项得分与其余基本指标得分之和的皮尔逊相关系数（校正的项目—总分相关）；满分单位占比 ≥ ${fullShare} 为区分度低`,
  notComputed: (units: number, min: number) => `参与排名的单位只有 ${units} 个（少于 ${min} 个），相关系数和信度没有意义，本次不作指标诊断`,
  notDiagnosed: (items: string) => `加分项目和否决项目不作诊断（它们本来就只针对部分单位）：${items}`,
  none: "未见异常",
  findingNames: {
    noVariance: "无差异",
    nearZeroVariance: "近乎无差异",
    lowDiscrimination: "区分度低",
    duplicate: "重复计分",
    negativeTotal: "与总分负相关",
  },
  advice: {
    noVariance: (points: string, full: boolean) =>
      `所有单位该项均得 ${points} 分${full ? "（满分）" : ""}，不区分单位，可考虑提高标准、改为加分或否决条件，或并入其他指标`,
    nearZeroVariance: (spread: string) => `各单位得分几乎相同（得分率的标准差 ${spread}，不到分值的 1%），区分度低，可考虑拉开评分档次`,
    lowDiscrimination: (units: number, full: number, share: string) => `该项 ${units} 个单位中 ${full} 个（${share}）得满分，区分度低，可考虑提高标准或并入其他指标`,
    duplicate: (other: string, r: string) => `与“${other}”相关系数 ${r}，可能重复计分，可考虑合并或删去其一`,
    negativeTotal: (r: string) => `与总分负相关（${r}）：其余指标得分高的单位这项反而低，请核对计分方向`,
  },
  alphaReadings: { low: "低", acceptable: "可接受", high: "高" },
  alphaAdvice: {
    low: (alpha: string) => `α = ${alpha}，低于 0.6：各项得分高低不一致；若这些指标本来考察不同方面，α 低属正常，否则请核对指标设置`,
    acceptable: (alpha: string) => `α = ${alpha}，在 0.6～0.8 之间，一致性可接受`,
    high: (alpha: string) => `α = ${alpha}，不低于 0.8，各项得分高低一致；若过高（接近 1），指标之间可能重复`,
  },
  alphaItems: (items: number, leftOut: number) => `${items} 项${leftOut ? `（其中 ${leftOut} 项无差异或区分度低，未计入 α）` : ""}`,
  alphaNotComputed: (counted: number) => (counted < 2 ? "能区分单位的项目不足 2 项，不计算 α" : "各单位这些项目的得分合计相同，不计算 α"),
  stabilityReadings: { stable: "排序总体稳定", moderate: "排序有一定变化", changed: "排序变化较大", reversed: "与上年排序基本无关或相反" },
  stabilityAdvice: {
    stable: (rho: string) => `与上年名次的斯皮尔曼相关系数 ${rho}，排序总体稳定`,
    moderate: (rho: string) => `与上年名次的斯皮尔曼相关系数 ${rho}，排序有一定变化，可结合同比分析查看名次变化较大的单位`,
    changed: (rho: string) => `与上年名次的斯皮尔曼相关系数 ${rho}，排序变化较大，请结合同比分析查看原因`,
    reversed: (rho: string) => `与上年名次的斯皮尔曼相关系数 ${rho}，与上年排序基本无关或相反，请核对两年的测评口径是否一致`,
  },
  stabilityTooFew: (min: number) => `两年均参与排名的单位不足 ${min} 个，不计算`,
  stabilityConstant: "名次全部相同，不计算",
  units: (n: number) => `${n} 个`,
  /** The 说明 row. */
  aboutLabel: "指标诊断",
  about: (units: number, fullShare: string, line: string) =>
    `“指标诊断”表按参与排名的 ${units} 个单位，逐项列出基本指标的平均得分率、满分和零分单位占比、标准差、变异系数和与总分的相关系数，指出区分度低（满分单位占比 ≥ ${fullShare}）、近乎无差异、同一一级指标内可能重复计分（|r| > ${line}）和与总分负相关的指标；按一级指标计算 Cronbach α（< 0.6 低，0.6～0.8 可接受，≥ 0.8 高）；有上年数据时计算与上年名次的斯皮尔曼和肯德尔相关系数。诊断只供完善测评体系参考，不影响得分和名次`,
  aboutNotComputed: (units: number, min: number) => `参与排名的单位只有 ${units} 个（少于 ${min} 个），未作指标诊断`,
} as const;
// issue 16: weights (kaoping weights)
export const WEIGHTS = {
  /** The root parent: the 一级指标 among themselves. */
  rootLabel: "一级指标",
  combinedExperts: (n: number) => `${n} 位专家综合（几何平均）`,
  vetoKind: "一票否决项",
  bonusKind: "加分项",
  zeroKind: "0 分项",
  keptPoints: (points: number) => ` ${points} 分`,
  methods: { eigen: "特征向量法", geometric: "几何平均法（方根法）" } as Record<string, string>,
  objectives: { entropy: "熵权法", critic: "CRITIC 法" } as Record<string, string>,
  /** Sheet and block names of the output. */
  sheet: "权重",
  title: "指标权重与建议分值",
  subtitle: (method: string, combine: string) => `层次分析法权重按${method}计算；${combine}`,
  combineText: (objectiveUsed: boolean, combine: string, alpha: number, objective: string) =>
    objectiveUsed ? (combine === "linear" ? `综合权重 = ${alpha} × 层次分析法 + ${Number((1 - alpha).toFixed(4))} × ${objective}` : `综合权重 = 层次分析法 × ${objective}，再归一化`) : "未给出申报数据，综合权重即层次分析法权重",
  columns: ["一级指标", "二级指标", "测评内容", "现行分值", "现行权重", "层次分析法权重", "熵权法权重", "CRITIC 权重", "综合权重", "建议分值", "变化"],
  groupsHeading: "按一级指标汇总（各项权重之和）",
  groupsColumns: ["一级指标", "现行分值", "现行权重", "层次分析法权重", "熵权法权重", "CRITIC 权重", "综合权重", "建议分值", "变化"],
  consistencyHeading: "一致性检验",
  consistencyColumns: ["判断矩阵", "专家", "阶数", "λmax", "CI", "RI", "CR", "结论", "建议修改"],
  passed: "一致性检验通过",
  failed: "一致性检验未通过",
  noRi: "无 RI，无法检验",
  alwaysConsistent: "二阶及以下，总是一致",
  revise: (row: string, column: string, current: string, suggested: string, after: string) => `“${row}”对“${column}”由 ${current} 改为 ${suggested}（CR 降至 ${after}）`,
  reviseNone: "改动单个判断不能降低 CR，请重新比较",
  levelsHeading: "各层权重来源",
  levelsColumns: ["上级指标", "来源", "下级指标及权重"],
  fromJudgements: "判断矩阵",
  fromPoints: "现行分值比例（无判断矩阵）",
  keptHeading: "保留原分值（不参与权重分配）",
  keptColumns: ["一级指标", "测评内容", "分值", "原因"],
  totalRow: "合计",
  issuesBlock: "问题与说明",
  issuesColumns: ["级别", "文件", "位置与说明"],
  originalNote: (value: string) => `原分值：${value}（kaoping weights 建议修改）`,
  /** Terminal. */
  matrixLine: (label: string, expert: string, lambda: string, ci: string, cr: string, verdict: string) => `  ${label}（${expert}）：λmax = ${lambda}，CI = ${ci}，CR = ${cr}，${verdict}`,
  revisePrefix: "建议把",
  heading: "判断矩阵一致性检验：",
  noMatrices: "没有读到可用的判断矩阵，各层权重均按现行分值比例",
  changed: (count: number, total: number, how: string) => `建议调整 ${count} 项的分值（基本分合计仍为 ${total} 分；${how}）`,
  /** How the proposal was combined: 「层次分析法与熵权法线性组合，α = 0.5」. */
  how: (combine: "linear" | "multiplicative", objective: "entropy" | "critic", alpha: number, hasObjective: boolean) =>
    !hasObjective
      ? "仅按层次分析法"
      : combine === "linear"
        ? `层次分析法与${objective === "entropy" ? "熵权法" : "CRITIC 法"}线性组合，层次分析法占 α = ${alpha}`
        : `层次分析法与${objective === "entropy" ? "熵权法" : "CRITIC 法"}乘法组合后归一化`,
  /** What a proposal does not change: said after every run, before anyone scores with the copy. */
  caveat: "建议分值只改了测评细则的“分值”列和一级、二级指标名称中的分值；评分标准文字（如“得 2 分”“每次扣 1 分”）、计分参数和评委打分表的满分没有随之修改，采用前请逐项核对，再用 kaoping validate 检查",
  written: (path: string) => `已写出：${path}`,
  issuesHeading: (count: number) => `问题与说明（${count} 条）：`,
} as const;

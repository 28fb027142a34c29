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
 * @example yearTitle("2026", "年度工作目标完成率") // => "2026年 年度工作目标完成率"
 */
export function yearTitle(label: string, name = ""): string {
  if (!/^\d{4}$/.test(label)) return `${label} ${name}`;
  return name.startsWith("年度") ? `${label}年 ${name}` : `${label}年度${name}`;
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

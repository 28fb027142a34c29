/** Localized labels for enums and output headings, keyed by English ids. */
export const severityLabels = { error: "错误", warning: "警告", info: "提示" } as const;

export const rankMethodLabels = {
  competition: "美式排名（RANK.EQ，1,1,3）",
  dense: "中国式排名（1,1,2）",
  average: "平均排名（RANK.AVG）",
} as const;

export const directionLabels = { higher: "越高越好", lower: "越低越好" } as const;

export const VETO_LABEL = "否决";
export const UNCATEGORISED = "未分类";

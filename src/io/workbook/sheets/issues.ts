import type { Assessment } from "../../../core/score/assess.js";
import { COLUMNS as C, SHEETS, yearTitle, severityLabels } from "../../../core/i18n/labels.js";
import { variant, type SheetSpec } from "../../xlsx/model.js";
import { type RunInfo, tableSheet } from "../frame.js";

const SEVERITY_LOOKS = {
  error: variant({ bold: true, color: "FFC00000" }),
  warning: variant({ bold: true, color: "FFC65911" }),
  info: variant({ bold: true, color: "FF595959" }),
};

export function issuesSheet(a: Assessment, info: RunInfo): SheetSpec {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of a.issues) counts[i.severity]++;
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...a.issues].sort((x, y) => order[x.severity] - order[y.severity]);
  return tableSheet(
    {
      name: SHEETS.issues,
      title: `${yearTitle(info.label)}测评数据问题清单`,
      subtitle: `错误 ${counts.error} 条、警告 ${counts.warning} 条、提示 ${counts.info} 条；未参与排名的行 ${a.rejected.length} 行，排除的合计/说明行 ${a.excluded.length} 行`,
      labels: [C.index, C.severity, C.file, C.sheet, C.cell, C.unit, C.item, C.message],
      widths: [6, 7, 22, 10, 8, 22, 26, 60],
      autoFilter: true,
    },
    [],
    sorted.map((issue, n) => [n + 1, severityLabels[issue.severity], issue.file ?? "", issue.sheet ?? "", issue.cell ?? "", issue.unit ?? "", issue.item ?? "", issue.message]),
    (row, n) => (row.style[1] = SEVERITY_LOOKS[sorted[n].severity](row.style[1])),
  );
}


import type { Assessment } from "../../../core/score/assess.js";
import { COMPARABLE_TOTAL } from "../../../core/compare/compareYears.js";
import { FORMULAS, ROBUSTNESS, SHEETS, rankMethodLabels } from "../../../core/i18n/labels.js";
import { reducedText } from "./robustness.js";
import { dataColumns, gradeTablePlace, hasExtra, itemCells } from "../formulas.js";
import { type SheetSpec, type XlsxValue } from "../../xlsx/model.js";
import { roundExcel } from "../../../core/math/roundExcel.js";
import { type RunInfo, tableSheet, formatTime } from "../frame.js";
import { quotaConditionAbout, reviewAboutRows } from "./outcomes.js";
import { detailParts } from "./details.js";
import { diagnosticsAboutRows } from "./diagnostics.js";
import { radarAboutRows } from "./charts.js";

export function aboutSheet(a: Assessment, info: RunInfo): SheetSpec {
  const rows = aboutRows(a, info);
  // The formula notes (a fixed number of rows, so gradeTableTop knows the table's place before they are counted), then the 等级 table LOOKUP reads.
  rows.push(...formulaAboutRows(a, info));
  const table = gradeTablePlace(a.criteria, gradeTableTop(a, info));
  if (table) rows.push([FORMULAS.gradeTable, FORMULAS.gradeTableHeader], ...table.rows.map((g) => [g.name, g.min]));
  return tableSheet({ name: SHEETS.about, title: "说明", subtitle: "本工作簿由 kaoping 生成；输入文件未被修改", labels: ["项目", "内容", "SHA-256"], widths: [18, 60, 70], frozenRows: 0 }, [], rows);
}

/** Sheet row of the 等级 table's first grade on 说明: after the notes, the formula rows and the table's heading. */
export function gradeTableTop(a: Assessment, info: RunInfo): number {
  return 4 + aboutRows(a, info).length + formulaAboutRowCount(info) + 1;
}

function aboutRows(a: Assessment, info: RunInfo): XlsxValue[][] {
  const s = a.criteria.settings;
  const details = detailParts(a, info);
  const rows: XlsxValue[][] = [
    ...info.inputs.map((i) => [i.role, i.path, i.sha256]),
    ["排名方式", rankMethodLabels[s.rankMethod]],
    ["小数位数", `${s.decimals}（每项得分与总分均按 Excel ROUND 四舍五入，名次按保留后的总分排）`],
    ["百分比小数位数", `${s.percentDecimals}（比率、完成率、增幅和百分点按此显示；计分用未舍入的比率）`],
    ["分组字段", s.groupField],
    ["评委去极值", s.trimPanel ? "是：3 位及以上评委时去掉一个最高分和一个最低分后平均，保留 2 位小数" : "否：评委分直接平均"],
    ...panelSheetRows(a),
    ...teamCorrectionRows(a),
    ["加分上限", String(s.bonusCap)],
    ["等级划分", a.criteria.grades.map((g) => `${g.name} ≥ ${g.min}`).join("，")],
    ["基本分合计", String(a.criteria.basicTotal)],
    ["测评指标", `${a.criteria.items.length} 项（其中否决项 ${a.criteria.items.filter((i) => i.rule.pointless).length} 项）`],
    ...submissionSheetRows(a),
    ["参评单位", `${a.results.length} 个计分；${a.rejected.length} 行未参与排名；${a.excluded.length} 行合计/说明行已排除`],
    ["否决单位", `${a.results.filter((r) => r.vetoes.length).length} 个，列于总排名之后，不评等级、不排名次`],
    ...readingRows(a),
    ...outcomeAboutRows(a),
    ["同比", a.comparison ? `是：对比 ${a.comparison.file}` : "否：没有上年数据（可用 --previous 指定上年申报数据或上年结果工作簿）"],
  ];
  if (a.comparison) {
    rows.push(
      [
        "同比口径",
        a.comparison.mode === "rescored"
          ? `上年申报数据（${a.comparison.file}）按本年测评体系重新计分，口径一致；上年数据中的 ${a.previousIssueCount ?? 0} 条数据问题按同样规则处理，未列入本表问题清单`
          : `上年结果工作簿（${a.comparison.file}）：沿用其公布的总分、名次和等级，没有分项数据`,
      ],
      ["单位对应", "按单位名称（忽略全角/半角、空格、括号差异）对应；更名与合并见申报数据中的“单位变更”表；合并单位的上年数量、金额相加，比率按合计的分子分母重算"],
      ["上年参评本年未参评", a.comparison.absent.map((u) => u.name).join("、") || "无"],
    );
    const skipped = a.comparison.notComparable;
    if (skipped.length) {
      const points = skipped.filter((i) => !i.bonus).reduce((sum, i) => sum + i.points, 0);
      rows.push([
        "上年不可比指标",
        `${skipped.map((i) => `${i.key} ${i.name}（${i.points} 分）`).join("、")}：上年数据中没有其前一年的数据，上年无法计分。总排名中的同比各列按可比指标：本年可比总分、上年总分、总分增减和名次变化（同比分析中的“${COMPARABLE_TOTAL}”）均不含这些指标，名次变化比较两年按可比总分的名次；上年等级无法按本年等级线评定，未列出（分类汇总中的上年各等级单位数同样留空；需要上年公布的等级时，可用上年结果工作簿作 --previous）。本年总分、名次和等级含全部指标（基本分 ${a.criteria.basicTotal}，可比指标基本分 ${a.criteria.basicTotal - points}）`,
      ]);
    }
  }
  if (a.robustness) rows.push([ROBUSTNESS.about, ROBUSTNESS.aboutText(a.robustness.draws, a.robustness.delta, a.robustness.seed, reducedText(a.robustness))]);
  rows.push(...diagnosticsAboutRows(a));
  if (details.parts > 1) rows.push(["计分明细", `共 ${details.rows} 行，超过单表上限，分在 ${details.parts} 张表（计分明细、计分明细2 …）`]);
  rows.push(...radarAboutRows(info));
  rows.push(["kaoping 版本", info.version], ["生成时间", formatTime(info.generatedAt)]);
  return rows;
}

function formulaAboutRowCount(info: RunInfo): number {
  return info.formulas ? 2 : 1;
}

/** What is a formula and what is written as a value: one row, and one more on the item formulas with --formulas. */
function formulaAboutRows(a: Assessment, info: RunInfo): XlsxValue[][] {
  const gated = a.results.filter((r) => !r.vetoes.length && r.scoreGrade !== undefined).length;
  const extra = a.results.filter(hasExtra).length;
  const rows: XlsxValue[][] = [[FORMULAS.about, FORMULAS.aboutText(gated, extra)]];
  if (info.formulas) {
    const columns = dataColumns(a.criteria);
    let formulas = 0;
    const byItem = new Map<string, number>();
    a.results.forEach((r, unit) => {
      const { cells, reasons } = itemCells(a, r, unit, columns);
      formulas += cells.size - reasons.size;
      for (const [i, reason] of reasons) byItem.set(`${i}\u0000${reason}`, (byItem.get(`${i}\u0000${reason}`) ?? 0) + 1);
    });
    const values = [...byItem].map(([key, count]) => {
      const [i, reason] = key.split("\u0000");
      const item = a.criteria.items[Number(i)];
      return FORMULAS.valueItem(item.key, item.name, count, FORMULAS.valueReasons[reason]);
    });
    rows.push([FORMULAS.itemsAbout, FORMULAS.itemsText(formulas, values.join("；"))]);
  }
  return rows;
}

/** The 说明 rows of the outcome rules: gates, quotas, the 负面清单 window. */
function outcomeAboutRows(a: Assessment): XlsxValue[][] {
  const o = a.outcomes;
  if (!o) return [];
  const gates = a.criteria.grades.filter((g) => g.gates?.length).map((g) => `${g.name}：${g.gates!.map((x) => (x.kind === "basic" ? `基本分 ≥ ${x.min}` : x.kind === "groupRate" ? `“${x.group}”得分率 ≥ ${roundExcel(x.min * 100, 4)}%` : "无负面清单警告或限期整改")).join("，")}`);
  const rows: XlsxValue[][] = [];
  if (gates.length) rows.push(["等级门槛", `${gates.join("；")}；未过门槛的单位降到它能通过的最高等级（见评定结果）`]);
  for (const q of o.quotas) {
    if (q.rule.condition) rows.push(quotaConditionAbout(q));
    else rows.push([q.rule.kind === "recommend" ? "推荐名额" : "末位名额", `${q.scope}：${q.places} 个（候选 ${q.candidates} 个${q.rule.minGrade ? `，须达到“${q.rule.minGrade}”` : ""}；并列于名额线上时${q.rule.tie.kind === "all" ? "全部入选" : q.rule.tie.kind === "none" ? "均不入选" : `按“${q.rule.tie.target}”得分`}），“${q.rule.outcome}” ${q.selected.length} 个`]);
  }
  rows.push(...reviewAboutRows(a));
  if (a.criteria.negativeList.length) rows.push(["负面清单", `${a.criteria.negativeList.length} 个事项；测评截止日期 ${o.assessmentDate ?? "未确定"}；负面事项 ${o.cases} 件，计入 ${o.counted} 件（扣分从总分中减去，见总排名“负面清单扣分”列）`]);
  return rows;
}

/** The 说明 row naming the sheet (or sheets, one per file) the unit rows were read from. */
function submissionSheetRows(a: Assessment): XlsxValue[][] {
  const read = new Map<string, Set<string>>();
  for (const r of a.results) {
    const { file, sheet } = r.unit.source;
    if (!read.has(file)) read.set(file, new Set());
    read.get(file)!.add(sheet);
  }
  if (!read.size) return [];
  const shown = [...read].slice(0, 5).map(([file, sheets]) => `${file} 的“${[...sheets].join("”“")}”`);
  return [["申报数据工作表", shown.join("；") + (read.size > 5 ? ` 等 ${read.size} 个文件` : "")]];
}

/** 说明 rows on the panel sheets: each sheet read, in which layout, with how many inspectors and units. */
function panelSheetRows(a: Assessment): XlsxValue[][] {
  return (a.panel?.sheets ?? []).map((p) => [`评委打分表“${p.sheet}”`, `${p.file}，按${p.layout}读取：评委 ${p.inspectors} 位，单位 ${p.units} 个`]);
}

/** Issues that say a number was read other than as typed, each counted once per cell (a cell read by two rules is one cell). */
const READINGS = [
  { id: "unitConverted", words: "按计量单位换算" },
  { id: "plainAssumedScaled", words: "未带 % 或 ‰、按数据项含义读作百分数或千分数（如 96 按 96%）" },
  { id: "percentAssumedFraction", words: "百分比列中的小数按百分比理解（如 0.96 按 96%）" },
] as const;

/** The 说明 row counting cells read other than as typed, when there are any. */
function readingRows(a: Assessment): XlsxValue[][] {
  const parts = READINGS.flatMap(({ id, words }) => {
    const cells = new Set(a.issues.filter((i) => i.id === id).map((i) => [i.file, i.sheet, i.cell, i.unit, i.item].join("\u0000")));
    return cells.size ? [`${words}：${cells.size} 个单元格`] : [];
  });
  return parts.length ? [["数值换算", `${parts.join("；")}；见问题清单`]] : [];
}

/** 说明 rows on inspection teams: whether 评分组校正 was applied, and each team's mean and coefficient per item. */
function teamCorrectionRows(a: Assessment): XlsxValue[][] {
  const p = a.panel;
  const on = a.criteria.settings.teamCorrection === "secondAverage";
  if (!p) return on ? [["评分组校正", "二次平均法：没有评委打分表，未校正"]] : [];
  if (!p.teams.length && !on) return [];
  const round = (x: number, d: number) => String(roundExcel(x, d));
  if (!on) return [["评分组校正", `否：检查组 ${p.teams.join("、")} 的评委分未校正`]];
  if (!p.calibration.length) return [["评分组校正", "二次平均法：没有由两个及以上检查组打分的项目，未校正"]];
  return [
    ["评分组校正", "二次平均法：校正系数 = 各组平均分的平均 ÷ 本组平均分，按每个直接打分项分别计算（用本组全部评委的原始分），乘到本组评委原始分上，再按评委去极值设置平均"],
    ...p.calibration.map((c) => [
      `校正：${c.item.name}`,
      `各组平均分的平均 ${round(c.overall, 4)}；` + c.teams.map((t) => `${t.team} 平均 ${round(t.mean, 4)}（${t.count} 个评委分），系数 ${round(t.coefficient, 4)}`).join("；"),
    ]),
  ];
}


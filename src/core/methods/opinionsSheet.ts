import type { Criteria, CriteriaItem, UnitRow } from "../model.js";
import type { IssueLog } from "../issues.js";
import type { WorkbookGrid } from "../table/grid.js";
import { nameKey } from "../values/normaliseText.js";
import { parseNumber } from "../values/parseNumber.js";
import { roundExcel } from "../math/roundExcel.js";
import { opinionsMethod } from "./opinions.js";
import { partField } from "./partField.js";
import { itemsOfMethod, readMethodRows, unitFinder } from "./methodSheet.js";

/** A sheet of departments' opinions: 征求意见, 部门意见, 征求相关部门意见汇总 … */
export const OPINION_SHEET = /征求.*意见|部门意见|意见征求|征询意见/;

const COLUMNS = {
  unit: ["单位名称", "单位", "被测评单位", "被征求意见单位"],
  department: ["部门", "征求部门", "意见部门", "反馈部门", "征求意见部门", "提供意见部门"],
  opinion: ["意见", "评价", "评价意见", "反馈意见", "部门意见", "测评意见", "得分", "评分", "分数"],
  item: ["指标", "测评内容", "指标名称", "测评项目", "编号"],
} as const;

interface Opinion {
  department: string;
  share: number;
  /** 「满意（100%）」 or 「8 分（80%）」, for the note. */
  shown: string;
  file: string;
  sheet: string;
  cell: string;
}

const pct = (x: number) => `${roundExcel(x * 100, 2)}%`;

/**
 * Fill each unit's 征求意见 parts from the opinions sheets: 单位名称 | 部门 |
 * 意见 (满意 / 基本满意 / 不满意, as 意见折算 maps them to a share of 分值,
 * or points out of the item's 分值), with an optional 指标 column naming the
 * item (without it an opinion counts for every 征求意见 item). Several
 * departments are averaged or the lowest taken (意见汇总方式). A unit the
 * sheets do not name, an unknown unit or word, points above 分值: issues with cells.
 */
export function applyOpinions(books: readonly WorkbookGrid[], criteria: Criteria, units: readonly UnitRow[], issues: IssueLog): { sheets: { file: string; sheet: string }[] } {
  const scored = itemsOfMethod(criteria.items, opinionsMethod);
  if (!scored.items.length) return { sheets: [] };
  const { sheets, rows } = readMethodRows(books, OPINION_SHEET, COLUMNS, ["unit", "opinion"], issues);
  const unitNamed = unitFinder(units);
  const { opinionScale: scale, opinionCombine } = criteria.settings;
  const byUnit = new Map<UnitRow, Map<CriteriaItem, Opinion[]>>();
  for (const row of rows) {
    const unitCell = row.cells.unit!;
    const at = (address: string, unit?: string, item?: string) => ({ file: row.file, sheet: row.sheet, cell: address, unit, item });
    const unit = unitNamed(unitCell.text);
    if (!unit) {
      issues.error("methodUnitUnknown", { unit: unitCell.text, sheet: row.sheet }, at(unitCell.address));
      continue;
    }
    const itemCell = row.cells.item;
    let targets = scored.items;
    if (itemCell?.text) {
      const item = scored.named(itemCell.text);
      if (!item) {
        issues.error("methodItemUnknown", { item: itemCell.text, method: opinionsMethod.label, items: scored.items.map((i) => i.name).join("、") }, at(itemCell.address, unit.name));
        continue;
      }
      targets = [item];
    }
    const opinionCell = row.cells.opinion!;
    const department = row.cells.department?.text ?? "";
    const word = scale.find((s) => nameKey(s.word) === nameKey(opinionCell.text));
    const number = word ? undefined : parseNumber(opinionCell.cell);
    if (!word && !number?.ok) {
      issues.error("opinionUnknown", { value: opinionCell.text, words: scale.map((s) => `${s.word}（${pct(s.share)}）`).join("、") }, at(opinionCell.address, unit.name));
      continue;
    }
    for (const item of targets) {
      let share: number;
      let shown: string;
      if (word) {
        share = word.share;
        shown = `${word.word}（${pct(share)}）`;
      } else {
        const points = (number as { value: number }).value;
        if (points < 0 || points > item.points) {
          issues.error("opinionPointsOutOfRange", { value: opinionCell.text, max: item.points }, at(opinionCell.address, unit.name, item.name));
          continue;
        }
        share = item.points ? points / item.points : 0;
        shown = `${opinionCell.text} 分（${pct(share)}）`;
      }
      let perItem = byUnit.get(unit);
      if (!perItem) byUnit.set(unit, (perItem = new Map()));
      const list = perItem.get(item) ?? [];
      const twice = department && list.find((o) => nameKey(o.department) === nameKey(department));
      if (twice) {
        issues.warning("opinionDepartmentTwice", { department, first: `${twice.sheet}!${twice.cell}` }, at(opinionCell.address, unit.name, item.name));
        continue;
      }
      list.push({ department, share, shown, file: row.file, sheet: row.sheet, cell: opinionCell.address });
      perItem.set(item, list);
    }
  }
  for (const [unit, perItem] of byUnit) {
    for (const [item, list] of perItem) {
      const shares = list.map((o) => o.share);
      const share = opinionCombine === "lowest" ? Math.min(...shares) : shares.reduce((a, b) => a + b, 0) / shares.length;
      const how = list.length === 1 ? "" : opinionCombine === "lowest" ? `，取最低 ${pct(share)}` : `，平均 ${pct(share)}`;
      const words = list.map((o) => `${o.department || "未注明部门"} ${o.shown}`).join("、");
      const first = list[0];
      unit.values.set(partField(item, opinionsMethod.label), {
        cell: { v: share },
        unit: "",
        source: { file: first.file, sheet: first.sheet, cell: first.cell },
        note: `${first.sheet}：${words}${how}`,
      });
    }
  }
  return { sheets };
}

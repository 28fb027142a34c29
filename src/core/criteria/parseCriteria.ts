import type { Criteria, CriteriaGroup, CriteriaItem } from "../model.js";
import type { IssueLog } from "../issues.js";
import { cellAddress, findSheet, type SheetGrid, type WorkbookGrid } from "../table/grid.js";
import { findHeader, type HeaderColumn } from "../table/findHeader.js";
import { cellText } from "../values/cellText.js";
import { nameKey, splitHeader, toHalfWidth } from "../values/normaliseText.js";
import { parseNumber } from "../values/parseNumber.js";
import { allParamKeys, findRule, paramNames, parseParam, ruleTypes } from "../rules/registry.js";
import type { Direction, ParamSpec, RuleType } from "../rules/types.js";
import type { GridCell } from "../table/grid.js";
import { roundExcel } from "../math/roundExcel.js";
import { parseFieldProfiles } from "./parseFieldProfiles.js";
import { resolveFieldMeanings } from "./fieldMeaning.js";
import { CRITERIA_SHEET_NAMES, FIELD_SHEET_NAMES, GRADE_SHEET_NAMES, SETTINGS_SHEET_NAMES, VALIDATION_SHEET_NAMES, criteriaRole, type CriteriaColumn } from "./columns.js";
import { parseGrades, parseSettings } from "./parseSettings.js";
import { NOTICE_SHEET_NAMES, parseNotice } from "./parseNotice.js";
import { parseGradeGates } from "../outcomes/parseGradeGates.js";
import { QUOTA_SHEET_NAMES, parseQuotas } from "../outcomes/parseQuotas.js";
import { NEGATIVE_LIST_SHEET_NAMES, parseNegativeList } from "../outcomes/parseNegativeList.js";
import { REVIEW_SHEET_NAMES, parseReviewRules } from "../outcomes/parseReviewRules.js";
import { parseValidationRules } from "./parseValidationRules.js";
import { buildItemMethods, readItemMethods, type PendingMethods } from "../methods/itemMethods.js";
import { METHOD_SHEET_NAMES, checkMethodCaps, readMethodCaps } from "../methods/caps.js";
import { pointsInName, readNumbering, sequenceLevel, stripNumbering, type NumberingLevel } from "./numbering.js";

/** A missing sheet or column: the criteria workbook cannot be used at all. */
export class CriteriaFormatError extends Error {}

const NOTE_ROW = /^(注|说明|备注|附注)[:：\s]?/;
const TOTAL_ROW = /^(合计|总计|总分)/;
const DOTTED_ID = /^\d+(\.\d+)*\.?$/;

interface Declared {
  name: string;
  points?: number;
  cell: string;
}

/** A parent row numbered 一、 or （一）: the items below it until the next parent of its level. */
interface OutlineParent extends Declared {
  children: CriteriaItem[];
}

/**
 * Turn a criteria workbook (测评细则, 等级, 设置) into checked criteria.
 * Data problems are logged as errors; a missing sheet or column throws.
 */
export function parseCriteria(book: WorkbookGrid, issues: IssueLog): Criteria {
  const sheet = findSheet(book, ...CRITERIA_SHEET_NAMES) ?? (book.sheets.length === 1 ? book.sheets[0] : undefined);
  if (!sheet) throw new CriteriaFormatError(`${book.file}: 测评体系中没有“测评细则”工作表`);
  const file = book.file;
  const paramKeys = allParamKeys();
  const isParamName = (name: string) => paramKeys.has(nameKey(name));
  const header = findHeader(sheet, (n) => criteriaRole(n) !== undefined || isParamName(n), (n) => criteriaRole(n) === "points");
  if (!header) throw new CriteriaFormatError(`${file}: “${sheet.name}”表中找不到表头（需要“分值”列）`);

  const roles = new Map<CriteriaColumn, HeaderColumn>();
  const paramColumns: HeaderColumn[] = [];
  for (const col of header.columns) {
    const role = criteriaRole(col.name);
    if (role && !roles.has(role)) roles.set(role, col);
    else if (isParamName(col.name)) paramColumns.push(col);
  }
  for (const required of ["rule", "fields"] as const) {
    if (!roles.has(required)) throw new CriteriaFormatError(`${file}: “${sheet.name}”表缺少“${required === "rule" ? "计分方式" : "数据项"}”列`);
  }
  if (!roles.has("name") && !roles.has("level2") && !roles.has("level1")) {
    throw new CriteriaFormatError(`${file}: “${sheet.name}”表缺少“指标名称”列`);
  }

  const rows = header.filled.rows;
  const text = (r: number, role: CriteriaColumn) => {
    const col = roles.get(role);
    return col ? cellText(rows[r]?.[col.col]) : "";
  };
  const at = (r: number, role: CriteriaColumn) => ({ file, sheet: sheet.name, cell: cellAddress(r, roles.get(role)?.col ?? 0) });

  const items: CriteriaItem[] = [];
  const declaredById = new Map<string, Declared>();
  const declaredByName = new Map<string, Declared>();
  // A plain 序号 (1, 2, 3) is checked for repeats within one parent; one restarting under
  // each parent is a sequence, not an id, and the keys are derived instead.
  const seenIds = new Map<string, number>();
  const plainKeyed: CriteriaItem[] = [];
  let parentScope = 0;
  let sequenceRestarts = false;
  // Outline numbering (一、 / （一） / 1.): the level the outermost parents use, and the parents in force.
  let outlineTop: NumberingLevel | undefined;
  let outline: { l1?: OutlineParent; l2?: OutlineParent } = {};
  const outlineParents: OutlineParent[] = [];
  /** 1 for a 一级 parent, 2 for a 二级 one, 3 for an item's own number (or none). */
  const outlineLevel = (level: NumberingLevel | undefined): NumberingLevel => {
    if (!level || level === 3) return 3;
    if (outlineTop === undefined || level <= outlineTop) return 1;
    return 2;
  };
  let ruleRows = 0;
  const pendingMethods = new Map<CriteriaItem, PendingMethods>();
  let declaredTotal: { text: string; cell: string } | undefined;

  for (let r = header.bottom + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const texts = row.map((c) => cellText(c));
    if (texts.every((t) => t === "")) continue;
    const firstText = texts.find((t) => t !== "") ?? "";
    if (NOTE_ROW.test(firstText)) break;
    // The row's own text: the first of 指标名称, 二级, 一级 that is filled (a sheet may have only one).
    const sourceRole: CriteriaColumn = text(r, "name") ? "name" : text(r, "level2") ? "level2" : "level1";
    const numbering = readNumbering(text(r, sourceRole));
    const name = numbering?.rest ?? text(r, sourceRole);
    if (TOTAL_ROW.test(nameKey(firstText)) || TOTAL_ROW.test(nameKey(name))) {
      // The 合计 row's 分值 (「100」, 「100+5」) is what the office says the items add up to: checked below.
      const written = text(r, "points");
      if (written && !declaredTotal) declaredTotal = { text: written, cell: at(r, "points").cell };
      continue;
    }

    const id = toHalfWidth(text(r, "id")).replace(/\.$/, "");
    const dottedId = DOTTED_ID.test(id) && id.includes(".");
    // 序号 「一、」 / 「（一）」 numbers the row as the name text would; a dotted 编号 keeps its meaning.
    const idSequence = id && !dottedId ? sequenceLevel(text(r, "id")) : undefined;
    const idLevel = idSequence !== undefined && idSequence < 3 ? idSequence : undefined;
    const level = idLevel ?? numbering?.level;
    const ruleText = text(r, "rule");
    const pointsText = text(r, "points");
    let points = 0;
    if (pointsText) {
      const p = parseNumber({ v: pointsText });
      if (!p.ok || p.value < 0) issues.error("criteriaBadPoints", { value: pointsText }, at(r, "points"));
      else points = p.value;
    }

    if (!ruleText) {
      parentScope++;
      if (name && !dottedId && outlineLevel(level) < 3) {
        // 「一、阵地建设（12分）」: names the 一级 (or 二级) of the rows below; points in 分值 or in the text.
        const named = pointsInName(name);
        const parent: OutlineParent = {
          name: named.name,
          points: pointsText ? points : named.points,
          cell: pointsText ? at(r, "points").cell : at(r, sourceRole).cell,
          children: [],
        };
        if (outlineLevel(level) === 1) {
          outlineTop = Math.min(outlineTop ?? 3, level!) as NumberingLevel;
          outline = { l1: parent };
        } else outline.l2 = parent;
        outlineParents.push(parent);
        continue;
      }
      // A row with a 评分标准 is an item, not a parent: one whose 计分方式 is left blank (as
      // `criteria import` leaves the rows it could not read) is an error at that cell, never skipped.
      const standardText = text(r, "standard");
      if (standardText) {
        issues.error("criteriaRuleMissing", { standard: standardText, known: ruleTypes.map((t) => t.label).join("、") }, at(r, "rule"));
        continue;
      }
      // A parent row: its name labels the children; its points, if any, are checked against theirs.
      if (name) {
        const d = { name, points: pointsText ? points : undefined, cell: at(r, "points").cell };
        if (id && DOTTED_ID.test(id)) declaredById.set(id, d);
        else if (pointsText) declaredByName.set(nameKey(name), d);
      }
      continue;
    }
    ruleRows++;

    const rule = findRule(ruleText);
    if (!rule) {
      issues.error("criteriaUnknownRule", { value: ruleText, known: ruleTypes.map((t) => t.label).join("、") }, at(r, "rule"));
      continue;
    }
    // An item numbered at a parent's level (「五、一票否决」 with its 计分方式) ends that parent.
    const itemLevel = outlineLevel(level);
    if (itemLevel === 1) outline = {};
    else if (itemLevel === 2) outline.l2 = undefined;
    const inOutline = outline.l1 !== undefined;
    // Under outline numbering, plain 序号 values are a sequence: the key is derived.
    const sequenceId = Boolean(id) && !dottedId && (inOutline || idLevel !== undefined);
    if (id && !sequenceId) {
      const scope = dottedId ? -1 : parentScope;
      const seen = seenIds.get(id);
      if (seen === scope) issues.error("criteriaDuplicateId", { id }, at(r, "id"));
      else if (seen !== undefined) sequenceRestarts = true;
      seenIds.set(id, scope);
    }

    // Hierarchy: dotted 编号 wins when parents were declared that way; else the columns; else the
    // numbered parent rows above. Under those, a 一级/二级 column holding the row's own text is its name.
    const l1Text = stripNumbering(inOutline && sourceRole === "level1" ? "" : text(r, "level1"));
    const l2Text = stripNumbering(inOutline && sourceRole !== "name" ? "" : text(r, "level2"));
    const l1Cell = splitHeader(l1Text);
    const l2Cell = splitHeader(l2Text);
    let level1 = l1Cell.name ? l1Text.replace(/[（(][^（()）]*[)）]\s*$/, "").trim() : "";
    let level2 = l2Cell.name ? l2Text.replace(/[（(][^（()）]*[)）]\s*$/, "").trim() : "";
    if (dottedId) {
      const parts = id.split(".");
      level1 ||= declaredById.get(parts[0])?.name ?? "";
      if (parts.length > 2) level2 ||= declaredById.get(parts.slice(0, 2).join("."))?.name ?? "";
    }
    level1 ||= outline.l1?.name ?? "";
    level2 ||= outline.l2?.name ?? "";
    for (const [cellText_, name_] of [[l1Cell, level1], [l2Cell, level2]] as const) {
      const declared = parseNumber({ v: cellText_.unit });
      if (name_ && cellText_.unit && declared.ok && !declaredByName.has(nameKey(name_))) {
        declaredByName.set(nameKey(name_), { name: name_, points: declared.value, cell: at(r, name_ === level1 ? "level1" : "level2").cell });
      }
    }
    const itemName = inOutline && sourceRole !== "name" ? name : stripNumbering(text(r, "name")) || level2 || level1;
    if (!level1) level1 = itemName;

    const fieldsText = text(r, "fields");
    const rawParams = collectParams(rule, r, rows, paramColumns, roles.get("params"), isParamName, sheet, file, issues);
    let fields = splitFields(fieldsText);
    if (rule.id === "formula" && rawParams.formula === undefined && /[+\-*/()<>×÷]/.test(fieldsText)) {
      rawParams.formula = [{ text: fieldsText.trim(), cell: at(r, "fields").cell }];
      fields = [];
    }
    // 「材料审核60%、问卷调查40%」 on a non-满意度 item: the last three 数据项 are the questionnaire's.
    const methods = readItemMethods(text(r, "method"), rule.id, rule.fields.max, fields, at(r, "method"), issues);
    fields = methods.fields;
    const item: CriteriaItem = {
      key: sequenceId ? "" : id,
      name: itemName,
      level1,
      level2,
      points: rule.pointless ? 0 : points,
      rule,
      fields,
      params: {},
      bonus: Boolean(rule.bonus) || /加分|附加|特色/.test(level1),
      method: text(r, "method"),
      standard: text(r, "standard"),
      source: at(r, "name"),
    };
    // A child counts towards its parents' points even when its own row has an error (reported already).
    outline.l1?.children.push(item);
    outline.l2?.children.push(item);
    if (resolveParams(item, rule, rawParams, at(r, "rule"), issues)) {
      items.push(item);
      pendingMethods.set(item, methods.pending);
      if (id && !sequenceId && !dottedId) plainKeyed.push(item);
    }
  }

  if (!ruleRows) issues.error("criteriaNoItems", { sheet: sheet.name }, { file, sheet: sheet.name });
  if (sequenceRestarts) for (const item of plainKeyed) item.key = "";
  assignKeys(items);
  // After the keys: a method part is an item of its own, named and keyed as its item.
  for (const [item, pending] of pendingMethods) item.methods = buildItemMethods(item, pending, issues);
  const cappedBonus = checkDeclaredPoints(items, declaredById, declaredByName, outlineParents, file, sheet, issues);

  const groups = groupItems(items);
  const basicTotal = sum(items.filter((i) => !i.bonus).map((i) => i.points));
  checkTotal(declaredTotal, basicTotal, sum(items.filter((i) => i.bonus).map((i) => i.points)), { file, sheet: sheet.name }, issues);
  const gradeSheet = findSheet(book, ...GRADE_SHEET_NAMES);
  const grades = parseGradeGates(gradeSheet, parseGrades(gradeSheet, file, issues), groups, file, issues);
  // Ties at a quota's cut-off may be settled by an item (name or 编号) or a 一级指标.
  const tieTargets = [...groups.map((g) => g.name), ...items.map((i) => i.name), ...items.map((i) => i.key)];
  const quotas = parseQuotas(findSheet(book, ...QUOTA_SHEET_NAMES), grades, tieTargets, file, issues);
  const negativeList = parseNegativeList(findSheet(book, ...NEGATIVE_LIST_SHEET_NAMES), file, issues);
  const reviewRules = parseReviewRules(findSheet(book, ...REVIEW_SHEET_NAMES), findSheet(book, ...QUOTA_SHEET_NAMES), grades, file, issues);
  const partial = parseSettings(findSheet(book, ...SETTINGS_SHEET_NAMES), file, issues);
  // Without a 加分上限 setting, the cap is what the bonus items and any 超额加分 can earn.
  const overAward = (i: CriteriaItem) => Math.max(((i.params.overAward as number | undefined) ?? 1) - 1, 0) * i.points;
  // A bonus parent worth less than its items (加分项目（5分） over 5 + 3) caps them at its points.
  const inCapped = new Set(cappedBonus.flatMap((p) => p.children));
  const bonusCap =
    partial.bonusCap ??
    sum(items.map((i) => (inCapped.has(i) ? 0 : i.bonus ? i.points : overAward(i)))) + sum(cappedBonus.map((p) => p.points));
  // A 问卷调查 part's 数据项 are read like the items' own.
  const partFields = (i: CriteriaItem) => (i.methods?.parts ?? []).filter((p) => p.method.id === "survey" && p.item !== i).flatMap((p) => p.item.fields);
  const fields = [...new Set(items.flatMap((i) => [...i.fields, ...partFields(i)]))];
  const methodCaps = readMethodCaps(findSheet(book, ...METHOD_SHEET_NAMES), findSheet(book, ...SETTINGS_SHEET_NAMES), file, issues);
  checkMethodCaps(methodCaps, items, issues);
  const fieldProfiles = parseFieldProfiles(findSheet(book, ...FIELD_SHEET_NAMES), file, issues);
  const { rules: validationRules, checkedFields } = parseValidationRules(findSheet(book, ...VALIDATION_SHEET_NAMES), file, fields, issues);
  // Refined with the submissions' headers when a run reads them (assess).
  const fieldMeanings = resolveFieldMeanings({ items, fields, fieldProfiles });
  const notice = parseNotice(findSheet(book, ...NOTICE_SHEET_NAMES), findSheet(book, ...SETTINGS_SHEET_NAMES), file, issues);
  return { file, items, groups, grades, settings: { ...partial, bonusCap }, basicTotal, fields, fieldProfiles, fieldMeanings, validationRules, checkedFields, methodCaps, quotas, negativeList, reviewRules, notice };
}

/** "文明科室数/科室总数", "满意,基本满意,总数" → field names. */
export function splitFields(text: string): string[] {
  return toHalfWidth(text)
    .split(/[,;/、;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Parameters as written: text and cell, by parameter id, before parsing. A
 * parameter may be written twice (目标值 and 满分改善, a column and 参数):
 * both are kept so that a disagreement is reported, not silently overwritten.
 */
type RawParams = Record<string, { text: string; cell: string }[]>;

/**
 * A parameter cell as text, in the unit its header gives: 95 under
 * “目标值（%）” is 95%, and 0.95 formatted as a percentage reads 95%.
 * @example paramCellText({ v: 95 }, "%") // => "95%"
 */
export function paramCellText(cell: GridCell | undefined, headerUnit: string): string {
  const text = cellText(cell);
  if (typeof cell?.v === "number" && cell.fmt?.includes("%")) return `${roundExcel(cell.v * 100, 10)}%`;
  const unit = toHalfWidth(headerUnit).trim();
  if ((unit === "%" || unit === "‰") && /^[+-]?\d+(\.\d+)?$/.test(toHalfWidth(text))) return `${text}${unit}`;
  return text;
}

function collectParams(
  rule: RuleType,
  r: number,
  rows: SheetGrid["rows"],
  paramColumns: HeaderColumn[],
  freeColumn: HeaderColumn | undefined,
  isParamName: (name: string) => boolean,
  sheet: SheetGrid,
  file: string,
  issues: IssueLog,
): RawParams {
  const raw: RawParams = {};
  const add = (id: string, text: string, cell: string) => (raw[id] ??= []).push({ text, cell });
  const specFor = (name: string): ParamSpec | undefined => rule.params.find((p) => paramNames(p).some((n) => nameKey(n) === nameKey(name)));
  for (const col of paramColumns) {
    const t = paramCellText(rows[r]?.[col.col], col.unit);
    if (!t) continue;
    const spec = specFor(col.name);
    const cell = cellAddress(r, col.col);
    if (spec) add(spec.id, t, cell);
    else issues.warning("criteriaUnknownParam", { param: col.name, rule: rule.label }, { file, sheet: sheet.name, cell });
  }
  if (freeColumn) {
    const t = cellText(rows[r]?.[freeColumn.col]);
    const cell = cellAddress(r, freeColumn.col);
    for (const part of t.split(/[;；\n]+/).map((s) => s.trim()).filter(Boolean)) {
      // A key is a name: 「文明科室数>=4?分值:0」 has none, it is a formula.
      const m = /^([^=：:<>!?()]+)[=：:](.+)$/.exec(part);
      const spec = m ? specFor(m[1]) : undefined;
      if (m && spec) add(spec.id, m[2].trim(), cell);
      else if (rule.id === "formula" && (!m || !isParamName(m[1]))) add("formula", part, cell);
      else issues.warning("criteriaUnknownParam", { param: m ? m[1] : part, rule: rule.label }, { file, sheet: sheet.name, cell });
    }
  }
  return raw;
}

const DIRECTION_WORDS: Record<Direction, string> = { higher: "越高越好（≥）", lower: "越低越好（≤）" };

/**
 * Validate fields and parameters of one item in one place; false when unusable.
 * A parameter written twice must agree; a direction written inside a value
 * (「≤20‰」, 「比上年下降5%」) fills a blank 方向 and must agree with a filled one.
 */
function resolveParams(
  item: CriteriaItem,
  rule: RuleType,
  raw: RawParams,
  where: { file: string; sheet: string; cell: string },
  issues: IssueLog,
): boolean {
  let ok = true;
  const implied: { direction: Direction; spec: ParamSpec; text: string; cell: string }[] = [];
  for (const spec of rule.params) {
    const given = raw[spec.id] ?? [];
    if (!given.length) {
      if (spec.required) {
        issues.error("criteriaMissingParam", { rule: rule.label, param: spec.label }, where);
        ok = false;
      } else item.params[spec.id] = spec.default;
      continue;
    }
    let first: { value: unknown; text: string; cell: string } | undefined;
    for (const written of given) {
      const parsed = parseParam(spec, written.text);
      if (!parsed.ok) {
        issues.error("criteriaBadParam", { param: spec.label, value: written.text, reason: parsed.reason }, { ...where, cell: written.cell });
        ok = false;
        continue;
      }
      if (parsed.implies) implied.push({ ...parsed.implies, spec, text: written.text, cell: written.cell });
      if (!first) {
        first = { value: parsed.value, ...written };
        item.params[spec.id] = parsed.value;
      } else if (JSON.stringify(parsed.value) !== JSON.stringify(first.value)) {
        const params = { param: spec.label, firstCell: first.cell, first: first.text, secondCell: written.cell, second: written.text };
        issues.error("criteriaParamConflict", params, { ...where, cell: written.cell });
        ok = false;
      }
    }
  }
  const directionSpec = rule.params.find((p) => p.kind === "direction");
  if (ok && directionSpec) {
    const written = raw[directionSpec.id]?.[0];
    for (const from of implied) {
      const current = item.params[directionSpec.id] as Direction;
      if (!written) {
        // Two values implying opposite directions (目标值 and 满分改善) cannot both hold.
        const other = implied.find((o) => o.direction !== from.direction);
        if (other) {
          issues.error("criteriaDirectionConflict", directionConflict(from, other.spec.label, other.text, other.cell), { ...where, cell: other.cell });
          ok = false;
          break;
        }
        item.params[directionSpec.id] = from.direction;
      } else if (current !== from.direction) {
        issues.error("criteriaDirectionConflict", directionConflict(from, directionSpec.label, written.text, written.cell), { ...where, cell: written.cell });
        ok = false;
      }
    }
  }
  if (!ok) return false;
  if (rule.validate) {
    const problem = rule.validate(item);
    if (problem) {
      const spec = rule.params.find((p) => p.id === problem.param);
      const cell = (problem.param && raw[problem.param]?.[0]?.cell) || where.cell;
      // A formula's problem is reported at its 计分方式 cell, as before.
      if (rule.id === "formula") issues.error("criteriaBadFormula", { formula: String(item.params.formula), reason: problem.reason }, where);
      else {
        const value = problem.param && raw[problem.param]?.[0] ? raw[problem.param][0].text : item.fields.join("、");
        issues.error("criteriaBadParam", { param: spec?.label ?? rule.label, value, reason: problem.reason }, { ...where, cell });
      }
      return false;
    }
  }
  const n = item.fields.length;
  if (n < rule.fields.min || n > rule.fields.max) {
    const count = rule.fields.min === rule.fields.max ? String(rule.fields.min) : `${rule.fields.min}～${rule.fields.max}`;
    issues.error("criteriaMissingFields", { rule: rule.label, count, labels: rule.fields.labels.join("、"), actual: n }, where);
    return false;
  }
  return true;
}

function directionConflict(from: { direction: Direction; spec: ParamSpec; text: string; cell: string }, otherLabel: string, otherText: string, otherCell: string) {
  return {
    param: from.spec.label,
    value: from.text,
    valueCell: from.cell,
    implied: DIRECTION_WORDS[from.direction],
    other: otherLabel,
    otherValue: otherText,
    otherCell,
  };
}

function assignKeys(items: CriteriaItem[]): void {
  const l1 = [...new Set(items.map((i) => i.level1))];
  const counters = new Map<string, number>();
  for (const item of items) {
    if (item.key) continue;
    const a = l1.indexOf(item.level1) + 1;
    const n = (counters.get(item.level1) ?? 0) + 1;
    counters.set(item.level1, n);
    item.key = `${a}.${n}`;
  }
}

function checkDeclaredPoints(
  items: CriteriaItem[],
  byId: Map<string, Declared>,
  byName: Map<string, Declared>,
  outlineParents: OutlineParent[],
  file: string,
  sheet: SheetGrid,
  issues: IssueLog,
): { points: number; children: CriteriaItem[] }[] {
  const capped: { points: number; children: CriteriaItem[] }[] = [];
  const check = (d: Declared, children: CriteriaItem[]) => {
    if (!children.length || d.points === undefined) return;
    const total = sum(children.map((c) => c.points));
    // 「加分项目（5分）」 over items worth 5 + 3 means at most 5 from them, not a mistake.
    if (total > d.points && children.every((c) => c.bonus)) {
      capped.push({ points: d.points, children });
      return;
    }
    if (Math.abs(total - d.points) > 1e-9) {
      issues.error("criteriaParentSum", { name: d.name, points: d.points, sum: total }, { file, sheet: sheet.name, cell: d.cell });
    }
  };
  for (const [id, d] of byId) check(d, items.filter((i) => !i.rule.pointless && i.key.startsWith(id + ".")));
  for (const p of outlineParents) check(p, p.children.filter((i) => !i.rule.pointless));
  for (const [key, d] of byName) {
    check(d, items.filter((i) => !i.rule.pointless && (nameKey(i.level1) === key || nameKey(i.level2) === key)));
  }
  // Nested caps (加分项目（5分） > 表彰（4分））: the outer one bounds the total, its items counted once.
  capped.sort((a, b) => b.children.length - a.children.length);
  const covered = new Set<CriteriaItem>();
  return capped.filter((p) => {
    const fresh = p.children.every((c) => !covered.has(c));
    for (const c of p.children) covered.add(c);
    return fresh;
  });
}

function groupItems(items: CriteriaItem[]): CriteriaGroup[] {
  const groups = new Map<string, CriteriaGroup>();
  for (const item of items) {
    let g = groups.get(item.level1);
    if (!g) {
      g = { name: item.level1, points: 0, bonus: item.bonus, items: [] };
      groups.set(item.level1, g);
    }
    g.items.push(item);
    g.points += item.points;
  }
  return [...groups.values()];
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/**
 * The total the sheet declares in its 合计 row (「100」 for the basic points
 * or for everything, 「100+5」 for basic + bonus) against the items' own
 * points: a missing or a doubled item shows there first.
 */
function checkTotal(declared: { text: string; cell: string } | undefined, basic: number, bonus: number, where: { file: string; sheet: string }, issues: IssueLog): void {
  if (!declared) return;
  const round = (x: number) => Math.round(x * 1e9) / 1e9;
  const parts = toHalfWidth(declared.text).replace(/分/g, "").split("+").map((t) => Number(t.trim()));
  if (parts.some((n) => !Number.isFinite(n)) || parts.length > 2) return;
  const [writtenBasic, writtenBonus] = parts;
  const agrees = parts.length === 2 ? round(writtenBasic) === round(basic) && round(writtenBonus) === round(bonus) : round(writtenBasic) === round(basic) || round(writtenBasic) === round(basic + bonus);
  if (!agrees) issues.warning("criteriaBasicTotal", { written: declared.text, total: round(basic), bonus: round(bonus) }, { ...where, cell: declared.cell });
}

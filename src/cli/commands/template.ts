import { join, resolve } from "node:path";
import { streamingReader } from "../../io/readWorkbook.js";
import { DEFAULT_CRITERIA, refuseOverwritingInputs } from "../../io/paths.js";
import { safeFileName } from "../../io/safeFileName.js";
import { sha256File } from "../../io/fileHash.js";
import { IssueLog } from "../../core/issues.js";
import { parseCriteria, CriteriaFormatError } from "../../core/criteria/parseCriteria.js";
import { parseUnitList } from "../../core/submissions/parseUnitList.js";
import { InputFileError } from "../../io/errors.js";
import { DataError, parseYearOption } from "./loadAssessment.js";
import { formatIssues, printRenamed } from "../summary.js";
import { basename } from "node:path";
import { formFields } from "../../core/submissions/formLayout.js";
import { EXCEL_LIMIT_NOTES } from "../../core/i18n/labels.js";
import { EXCEL_MAX_COLUMNS } from "../../io/xlsx/writeXlsx.js";
import { shownPath } from "../shownPath.js";

export interface TemplateOptions {
  criteria?: string;
  units?: string;
  out?: string;
  year?: string;
}

/** `kaoping template`: 自评表 per unit (or one blank) and the wide 汇总模板. */
export async function templateCommand(opts: TemplateOptions): Promise<number> {
  const criteriaPath = resolve(opts.criteria ?? DEFAULT_CRITERIA());
  const issues = new IssueLog();
  let criteria;
  try {
    criteria = parseCriteria(await streamingReader.read(criteriaPath), issues);
  } catch (e) {
    if (e instanceof CriteriaFormatError) throw new InputFileError(e.message);
    throw e;
  }
  if (issues.errorCount) throw new DataError(`测评体系有 ${issues.errorCount} 处错误，请修正后再生成模板：\n${formatIssues({ issues: issues.items })}`);
  // The 汇总模板 has one column per 数据项 after 单位名称 and 单位类别: past XFD Excel would not open it.
  const columns = 2 + formFields(criteria).length;
  if (columns > EXCEL_MAX_COLUMNS) throw new InputFileError(EXCEL_LIMIT_NOTES.templateColumns(basename(criteriaPath), columns - 2));
  const units = opts.units ? parseUnitList(await streamingReader.read(resolve(opts.units))) : [];
  if (opts.units && !units.length) throw new InputFileError(`${opts.units}: 名单中没有找到单位（需要“单位名称”列）`);
  // The same --year as score's (2026, 2026年).
  const year = String(parseYearOption(opts.year) ?? new Date().getFullYear());
  // exceljs (forms need its data validation and protection) loads only for this command.
  const { writeForms } = await import("../../io/writeForms.js");
  const outDir = resolve(opts.out ?? "output");
  // The forms' folder and the 汇总模板 must not replace the criteria or the 名单 they are made from.
  refuseOverwritingInputs([join(outDir, `${safeFileName(year)}-汇总模板.xlsx`)], join(outDir, "自评表"), [criteriaPath, ...(opts.units ? [resolve(opts.units)] : [])]);
  const { written, renamed } = await writeForms(outDir, criteria, { criteriaFile: basename(criteriaPath), criteriaHash: await sha256File(criteriaPath), year }, units);
  console.log(`kaoping：已生成 ${units.length ? `${units.length} 份自评表` : "1 份空白自评表"}和 1 份汇总模板（${year}年度，${criteria.fields.length} 个数据项）`);
  for (const p of written.slice(0, 5)) console.log(`  已写出：${shownPath(p)}`);
  if (written.length > 5) console.log(`  ……共 ${written.length} 个文件`);
  printRenamed(renamed);
  return 0;
}

import { basename, extname, join, resolve } from "node:path";
import { streamingReader } from "../../io/readWorkbook.js";
import { refuseOverwritingInputs } from "../../io/paths.js";
import { InputFileError } from "../../io/errors.js";
import { formatMessage } from "../../core/i18n/messages.js";
import { IMPORT_LABELS } from "../../core/i18n/labels.js";
import { describeIssue } from "../../core/issues.js";
import { readOfficeTable } from "../../core/criteria/import/readOfficeTable.js";
import { planImport } from "../../core/criteria/import/planImport.js";
import { readStandard } from "../../core/criteria/import/readStandard.js";
import { terminalLine } from "../terminalText.js";
import { shownPath } from "../shownPath.js";

export interface CriteriaImportOptions {
  out?: string;
}

/** The file `criteria import` writes for an input: 「<dir>/<input name>-测评体系（待审核）.xlsx」. */
export function importedCriteriaPath(input: string, outDir: string): string {
  return join(outDir, `${basename(input, extname(input))}-测评体系（待审核）.xlsx`);
}

/**
 * `kaoping criteria import <file>`: an office's own 测评细则 → kaoping's
 * 测评体系 with proposals to review. It proposes; nothing is scored. Exit 0
 * once written (rows to confirm are listed), 2 when the file cannot be used.
 */
export async function criteriaImportCommand(file: string, opts: CriteriaImportOptions): Promise<number> {
  const input = resolve(file);
  const outDir = resolve(opts.out ?? "output");
  const output = importedCriteriaPath(input, outDir);
  // Neither the file written nor the folder asked for may be the office's own file.
  refuseOverwritingInputs([output, outDir], undefined, [input]);
  const book = await streamingReader.read(input);
  const read = readOfficeTable(book);
  if (!read.ok) throw new InputFileError(formatMessage(read.failure.id, read.failure.params));
  const plan = planImport(read.table, book.file, readStandard);
  // exceljs loads only for this command.
  const { writePlannedWorkbook } = await import("../../io/writeImportedCriteria.js");
  await writePlannedWorkbook(output, plan.sheets);

  console.log(IMPORT_LABELS.summary(read.table.sheet, plan.items, plan.proposed, plan.pending.length));
  if (plan.pending.length) {
    console.log(IMPORT_LABELS.pendingHeading(plan.pending.length));
    for (const p of plan.pending) console.log(terminalLine(`  ${describeIssue({ severity: "warning", id: p.id, message: p.message, ...p.where })}`));
  }
  console.log(IMPORT_LABELS.written(shownPath(output)));
  console.log(IMPORT_LABELS.next);
  return 0;
}

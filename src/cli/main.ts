#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { reportCommand, scoreCommand } from "./commands/score.js";
import { validateCommand } from "./commands/validate.js";
import { templateCommand } from "./commands/template.js";
import { criteriaImportCommand } from "./commands/criteriaImport.js";
import { weightsCommand } from "./commands/weights.js";
import { KaopingError } from "../io/errors.js";
import { toFileSystemError } from "../io/fsErrors.js";
import { visibleControls } from "./terminalText.js";
import { packageVersion } from "../io/paths.js";
import { setFlagsFromString } from "node:v8";
import { addExamples, chineseHelp } from "./help.js";
import { CLI_HELP } from "../core/i18n/labels.js";
import { withPositionalSubmissions } from "./commands/loadAssessment.js";

// Let the heap grow by 40% between full collections instead of V8's
// default (up to 2× for a large heap): a 100,000-unit run keeps ~200 MB of
// results alive, and the default let garbage take the process past 500 MB.
// 15% was tried and made some large writes collect far too often (twice
// as slow). Measured in BENCHMARKS.md; V8 reads it at each collection, so
// setting it here (not on the command line) takes effect.
setFlagsFromString("--heap-growing-percent=40");

/** Commander's own English messages, said in Chinese. */
function translateCommanderMessage(message: string, commands: () => string): string {
  return message
    .replace(/^error: unknown option '(.+)'.*$/s, "错误：未知选项 $1（用 --help 查看可用选项）")
    .replace(/^error: unknown command '(.+)'.*$/s, (_, name: string) => `错误：未知命令 ${name}（可用命令：${commands()}）`)
    .replace(/^error: missing required argument '(.+)'.*$/s, "错误：缺少参数 $1（用 --help 查看用法）")
    .replace(/^error: option '(.+)' argument missing.*$/s, "错误：选项 $1 缺少参数")
    .replace(/^error: too many arguments.*$/s, "错误：参数过多（用 --help 查看用法）")
    .replace(/^error: /, "错误：");
}

/**
 * Output piped into a reader that stops early (`kaoping --help | head`):
 * the rest is not wanted, so end quietly instead of a stack trace.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
}
endQuietlyOnClosedPipe(process.stdout);

async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes("--debug");
  const program = new Command("kaoping")
    .description("考评：文明单位/文明机关测评计分、排名与报表")
    .version(await packageVersion(), "-V, --version", "显示版本号")
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [命令]", "显示命令的帮助")
    .option("--debug", "出错时显示调用栈")
    .exitOverride()
    // The commands as registered below (a subcommand's own, e.g. criteria import, named with it).
    .configureOutput({ outputError: (str, write) => write(translateCommanderMessage(str.trim(), () => program.commands.flatMap((c) => (c.commands.length ? c.commands.map((sub) => `${c.name()} ${sub.name()}`) : [c.name()])).join("、")) + "\n") })
    .showHelpAfterError(false)
    // Chinese headings, CJK-wide columns; --debug (the program's) listed in each command's help.
    .configureHelp(chineseHelp());

  // `kaoping score 申报数据.xlsx`: the file as an argument, the same as --submissions.
  const inputs = (cmd: Command) =>
    cmd
      .argument(`[${CLI_HELP.submissionsArgument}]`, CLI_HELP.submissionsArgumentHelp)
      .option("-c, --criteria <xlsx>", "测评体系工作簿（默认：scoring-sheets/文明机关测评体系.xlsx）")
      .option("-s, --submissions <xlsx 或文件夹>", "申报数据工作簿，或收回的自评表所在文件夹（默认：samples/ 中最新年份）")
      .option("--units <名单.xlsx>", "应交单位名单，用于查出未交、多交的单位")
      .option("-p, --previous <xlsx>", "上年申报数据或上年 kaoping 结果工作簿，用于同比（默认：使用示例数据时取上一年示例）")
      .option("--no-previous", "不做同比")
      .option("--year <年份>", "测评年度（默认：自评表中的年度，或文件名中的年份）")
      .option("--questionnaires <xlsx/csv 或文件夹>", "问卷平台（问卷星、腾讯问卷、金数据）导出的原始问卷，统计满意度并填入满意度指标")
      .option("--history <文件夹>", "往年（最多十年）的 kaoping 结果工作簿或申报数据所在文件夹，写出“历年对比”表")
      .helpOption("-h, --help", "显示帮助");

  // score and report both draw charts (report those of its 通报) and show progress.
  const drawing = (cmd: Command) =>
    cmd
      // --radar says what it draws, so it is not taken for --units (the 名单); --unit still works.
      .option("-u, --radar <单位名称>", "为指定单位绘制一级指标得分率雷达图（写入 charts/单位/，可重复）", (v: string, list: string[]) => [...list, v], [] as string[])
      .option("--unit <单位名称>", "同 --radar（旧写法）", (v: string, list: string[]) => [...list, v], [] as string[])
      .option("--all-units", "为每个单位绘制雷达图")
      .option("-q, --quiet", "不显示进度");

  drawing(
    inputs(program.command("score").description("计分、排名并写出结果工作簿"))
      .option("-o, --out <dir>", "输出目录", "output")
      .option("--strict", "有数据错误时以退出码 1 结束（结果仍会写出）")
      .option("--no-charts", "不绘制图表")
      .option("--report", "同时写出测评结果通报（Word 与网页）")
      .option("--formulas", "结果工作簿另写“数据”表（清理后的输入值），分项得分中每项得分写成引用它的 Excel 公式"),
  ).action(async (file: string | undefined, opts) => {
    exitCode = await scoreCommand(withPositionalSubmissions(file, opts));
  });

  program
    .command("template")
    .description("生成各单位自评表（带数据验证和保护）与汇总模板")
    .option("-c, --criteria <xlsx>", "测评体系工作簿（默认：scoring-sheets/文明机关测评体系.xlsx）")
    .option("--units <名单.xlsx>", "单位名单（单位名称、单位类别）；不给则生成一份空白自评表")
    .option("--year <年份>", "年度（默认：今年）")
    .option("-o, --out <dir>", "输出目录", "output")
    // Accepted as by score and validate, so a clerk's usual line works; template shows no progress to hide.
    .option("-q, --quiet", "不显示进度（与 score 一致；自评表生成本身不显示进度）")
    .helpOption("-h, --help", "显示帮助")
    .action(async (opts) => {
      exitCode = await templateCommand(opts);
    });

  drawing(inputs(program.command("report").description("写出测评结果通报（草稿）：Word 文档、网页 report.html 及其图表")).option("-o, --out <dir>", "输出目录", "output")).action(async (file: string | undefined, opts) => {
      exitCode = await reportCommand(withPositionalSubmissions(file, opts));
    });

  const criteria = program.command("criteria").description("测评体系工具：导入办公室自己的测评细则").helpOption("-h, --help", "显示帮助");
  criteria
    .command("import")
    .description("把办公室自己的测评细则（测评内容、分值、评分标准）转成 kaoping 的测评体系，计分方式等为待审核的建议")
    .argument("<测评细则>", "办公室的测评细则工作簿（.xlsx）")
    .option("-o, --out <dir>", "输出目录", "output")
    .helpOption("-h, --help", "显示帮助")
    .action(async (file: string, opts) => {
      exitCode = await criteriaImportCommand(file, opts);
    });

  program
    .command("weights")
    .description("由专家判断矩阵（层次分析法）和本年数据（熵权法、CRITIC）计算指标权重，写出带建议分值的测评体系副本")
    .argument("[测评体系]", "测评体系工作簿（默认：scoring-sheets/文明机关测评体系.xlsx）")
    .option("-j, --judgements <xlsx>", "判断矩阵工作簿，每位专家一张“判断矩阵”表（默认：samples/2026-权重判断矩阵.xlsx）")
    .option("-s, --submissions <xlsx 或文件夹>", "本年申报数据，用于熵权法和 CRITIC 客观权重（不给则只用层次分析法；使用示例时取最新示例年份）")
    .option("--alpha <0–1>", "线性组合中层次分析法权重所占比例", "0.5")
    .option("--combine <linear|multiplicative>", "主客观权重组合方式：linear 线性加权，multiplicative 乘法合成", "linear")
    .option("--method <eigen|geometric>", "层次分析法权重算法：eigen 特征向量法，geometric 几何平均法（方根法）", "eigen")
    .option("--objective <entropy|critic>", "与层次分析法组合的客观权重：entropy 熵权法，critic CRITIC 法", "entropy")
    .option("-o, --out <dir>", "输出目录", "output")
    .helpOption("-h, --help", "显示帮助")
    .action(async (file: string | undefined, opts) => {
      exitCode = await weightsCommand(file, opts);
    });

  inputs(program.command("validate").description("只检查测评体系与申报数据，列出问题，不写结果；有错误时退出码为 1")).action(async (file: string | undefined, opts) => {
    exitCode = await validateCommand(withPositionalSubmissions(file, opts));
  });
  addExamples(program);

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return 2;
    }
    // A file-system failure (no permission, disk full, a file removed mid-run) is the user's to fix: one line, exit 2.
    const known = toFileSystemError(e);
    if (known instanceof KaopingError) {
      // Controls in a name quoted by the message are shown, not obeyed by the terminal.
      console.error(visibleControls(known.message));
      if (debug) console.error((e as Error).stack);
      return known.exitCode;
    }
    console.error(`内部错误：${(e as Error).message ?? String(e)}（加 --debug 查看详情）`);
    if (debug) console.error((e as Error).stack);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));

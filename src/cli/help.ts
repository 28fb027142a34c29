/**
 * kaoping's --help in Chinese: commander's headings and words translated,
 * columns measured in terminal cells (a CJK character is two), descriptions
 * wrapped between Chinese characters, and an 示例 section per command.
 */
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from "commander";
import { CLI_EXAMPLES, CLI_HELP } from "../core/i18n/labels.js";
import { terminalWidth, wrapToWidth } from "./terminalText.js";

/** The words of a usage line or a command term, translated one by one ([options] → [选项]). */
function translateWords(text: string): string {
  return text
    .split(" ")
    .map((w) => CLI_HELP.words[w] ?? w)
    .join(" ");
}

/** A default worth showing: a text or a number (not the empty list of a repeatable option, not a flag's true/false). */
function shownDefault(item: Option | Argument): string | undefined {
  if (item.defaultValueDescription) return item.defaultValueDescription;
  const value = item.defaultValue;
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

/** commander's configureHelp settings for every kaoping command (subcommands inherit them). */
export function chineseHelp(): HelpConfiguration {
  return {
    // --debug is the program's, yet works after any command: each command's help lists it.
    showGlobalOptions: true,
    displayWidth: terminalWidth,
    styleTitle: (title: string) => CLI_HELP.titles[title] ?? title,
    styleUsage: translateWords,
    styleSubcommandTerm: translateWords,
    optionDescription(option: Option) {
      const value = shownDefault(option);
      return value !== undefined && (option.required || option.optional) ? option.description + CLI_HELP.defaultValue(value) : option.description;
    },
    argumentDescription(argument: Argument) {
      const value = shownDefault(argument);
      return value !== undefined ? argument.description + CLI_HELP.defaultValue(value) : argument.description;
    },
    boxWrap(this: Help, text: string, width: number) {
      return width < this.minWidthToWrap ? text : wrapToWidth(text, width).join("\n");
    },
    formatHelp(this: Help, cmd: Command, helper: Help) {
      // 「用法：」 ends in a full-width colon: no space after it.
      return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^(\S+：) /, "$1");
    },
  };
}

/** The command's name as CLI_EXAMPLES keys it: kaoping, score, criteria import. */
function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(" ") || cmd.name();
}

/**
 * The 示例 section of a command's help: each example's command line, padded
 * to one column (in terminal cells), then what it does; when the two do not
 * fit in `width` columns, what it does goes on the next line, indented.
 * @example examplesText([["kaoping score 甲.xlsx", "计分"], ["kaoping validate 甲.xlsx", "只检查"]])
 * // => "\n示例：\n  kaoping score 甲.xlsx     计分\n  kaoping validate 甲.xlsx  只检查\n"
 * @example examplesText([["kaoping score 甲.xlsx", "计分"]], 20) // => "\n示例：\n  kaoping score 甲.xlsx\n      计分\n"
 */
export function examplesText(examples: readonly (readonly [string, string])[], width = 80): string {
  if (!examples.length) return "";
  const column = Math.max(...examples.map(([line]) => terminalWidth(line))) + 4;
  const fits = examples.every(([, what]) => column + terminalWidth(what) <= width);
  const lines = examples.map(([line, what]) => (fits ? `  ${line}${" ".repeat(column - 2 - terminalWidth(line))}${what}` : `  ${line}\n      ${what}`));
  return `\n${CLI_HELP.examples}\n${lines.join("\n")}\n`;
}

/** Add the 示例 section to a command and every subcommand it has now. */
export function addExamples(cmd: Command): void {
  const examples = CLI_EXAMPLES[commandPath(cmd)];
  // The terminal's width, as commander wraps the rest (80 when not a terminal).
  if (examples) cmd.addHelpText("after", () => examplesText(examples, process.stdout.columns || 80));
  for (const sub of cmd.commands) addExamples(sub);
}

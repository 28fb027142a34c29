/**
 * Every text a user reads, keyed by an English id. Templates use {name}
 * placeholders; code never builds Chinese sentences inline.
 */
export const messages = {
  // cell values
  notANumber: "“{value}” 不是数字，按缺失处理",
  approximateNumber: "“{value}” 是约数，按 {number} 计算",
  storedError: "单元格是错误值 {value}，按缺失处理",
  missingValue: "“{field}” 未填写，该项按 0 分计",
  missingToken: "“{field}” 填的是“{value}”，不是数值，按缺失处理，该项按 0 分计",
  dateNotNumber: "“{value}” 是日期，不是数字",
  groupFieldMissing: "设置的分组字段“{field}”在“{sheet}”表中没有对应的列，分类排名改按“{used}”分组，请核对设置或表头",
  countIsRate: "“{value}” 是百分数，不是“{field}”的个数，按缺失处理",
  negativeValue: "“{field}” 为负数 {value}，按 0 计算",
  percentAssumedFraction: "“{value}” 位于百分比列，按 {percent} 理解",
  plainAssumedScaled: "“{value}” 未带单位，按 {shown} 理解",
  notABoolean: "“{value}” 不是“是/否”，按缺失处理",
  notAGradeLetter: "“{value}” 不是有效档次（{letters}），按缺失处理",
  unknownColumn: "未识别的列“{column}”，已忽略",
  // units
  unitNameMissing: "该行有数据但没有单位名称，未参与排名",
  unitDuplicate: "单位“{unit}”重复出现（第 {first} 行和第 {second} 行），第 {second} 行未参与排名",
  categoryMissing: "单位类别未填写，归入“{category}”",
  rowExcluded: "“{label}”行（{kind}）不是单位数据，已排除",
  noUnits: "没有找到任何单位数据行",
  // panel
  panelUnitUnknown: "评委打分表中的单位“{unit}”不在申报数据中，已忽略",
  panelFieldUnknown: "评委打分表中的列“{column}”不是直接打分的数据项，已忽略",
  panelOverrides: "“{field}”同时出现在申报数据和评委打分表中，采用评委打分（{count} 位评委）",
  // rules
  outOfRange: "“{field}”= {value} 超出 0～{max} 分，按 {clamped} 分计",
  zeroDenominator: "分母“{field}”为 0，无法计算比率，该项按 0 分计",
  numeratorExceeds: "分子“{numerator}”（{numeratorCell}）= {a} 大于分母“{denominator}”（{denominatorCell}）= {b}，数据不可能成立；比率按 100% 计分，请核实",
  satisfactionExceeds: "满意“{satisfied}”（{satisfiedCell}）{a} + 基本满意“{basic}”（{basicCell}）{b} = {sum}，大于有效问卷“{total}”（{totalCell}）{t}，数据不可能成立；满意度按 100% 计分，请核实",
  noPreviousValue: "没有上年数据“{field}”，同比项按 0 分计",
  previousZero: "上年“{field}”为 0，无法计算增幅，该项按 0 分计",
  formulaFailed: "公式“{formula}”（测评体系 {at}）计算失败：{reason}",
  formulaNotFinite: "公式“{formula}”（测评体系 {at}）的结果不是有限数字，该项按 0 分计",
  vetoBlank: "否决项“{field}”未填写，按“否”处理",
  // criteria sheet
  criteriaMissingSheet: "测评体系中没有“{sheet}”工作表",
  criteriaMissingColumn: "“{sheet}”表缺少“{column}”列",
  criteriaNoItems: "“{sheet}”表中没有任何测评指标",
  criteriaBadPoints: "分值“{value}”不是有效的非负数字",
  criteriaUnknownRule: "未知的计分方式“{value}”，可用：{known}",
  criteriaMissingFields: "计分方式“{rule}”需要 {count} 个数据项（{labels}），此处为 {actual} 个",
  criteriaBadParam: "参数“{param}”的值“{value}”无效：{reason}",
  criteriaMissingParam: "计分方式“{rule}”缺少参数“{param}”",
  criteriaUnknownParam: "参数“{param}”不属于计分方式“{rule}”，已忽略",
  criteriaParentSum: "“{name}”的分值 {points} 与其下各项分值之和 {sum} 不一致",
  criteriaDuplicateId: "编号“{id}”重复",
  criteriaBadFormula: "公式“{formula}”有误：{reason}",
  criteriaBadGrade: "等级“{name}”的最低分“{value}”不是数字",
  criteriaBadSetting: "设置“{name}”的值“{value}”无效，可用：{known}",
  criteriaUnknownSetting: "未知设置项“{name}”，已忽略",
  criteriaBasicTotal: "合计行写的是“{written}”，而各项分值之和为基本分 {total} 分、加分 {bonus} 分，请核对是否漏了或多了指标",
  // submissions
  submissionsNoHeader: "“{sheet}”表中找不到表头（需要“单位名称”列）",
  tooLarge: "工作表“{sheet}”有 {rows} 行 × {cols} 列，超过上限 {limit} 个单元格",
  // forms and folders
  formNoStamp: "自评表缺少模板标记（_kaoping 表），无法核对模板版本和测评体系",
  formVersion: "自评表模板版本为 {version}，本程序为 {expected}",
  formOtherCriteria: "自评表是按另一版测评体系生成的（测评体系文件的 SHA-256 不一致），请用最新模板重新填报",
  formUnitChanged: "自评表上的单位名称被改为“{written}”（模板上为“{stamped}”）",
  formProtectedEdited: "受保护的“数据项”单元格被改动：模板上为“{expected}”，现为“{written}”",
  formEmpty: "自评表没有填写任何数据，该单位未参与排名",
  formulaNoResult: "单元格是没有保存计算结果的公式，请在 Excel 中打开并保存后再导入；按缺失处理",
  duplicateAcrossFiles: "单位“{unit}”同时出现在{first}和{second}，后者未参与排名",
  formUnknownField: "自评表中的数据项“{field}”不在测评体系中，已忽略",
  listedMissing: "名单中的单位“{unit}”没有交回数据",
  notListed: "单位“{unit}”不在名单中",
  fileUnreadable: "{message}",
  // year over year
  previousAbsent: "上年参评单位“{unit}”本年未参评",
  changeOldUnknown: "单位变更表中的旧名称“{unit}”不在上年数据中",
  changeNewUnknown: "单位变更表中的新名称“{unit}”不在本年申报数据中",
  previousFilled: "“{field}”取自上年申报数据（{value}）",
  criteriaBadFieldProfile: "数据项设置“{name}”的{column}“{value}”无效，可用：{known}",
  // issue 11: parameters as offices write them
  criteriaParamConflict: "参数“{param}”写了两处且不一致：{firstCell} 为“{first}”，{secondCell} 为“{second}”",
  criteriaDirectionConflict: "{param}“{value}”（{valueCell}）表示{implied}，与{other}“{otherValue}”（{otherCell}）矛盾",
  // issue 11: last year's figures, the run's year, fields without a source
  duplicateFieldColumn: "数据项“{field}”有两列：{first} 和 {second}；按前一列计分，后一列未读取，请删除或改名其中一列",
  columnOtherYear: "“{column}”是 {year} 年的数据，既不是本年（{current} 年）也不是上年，未读取",
  columnYearUnknown: "“{column}”注明了 {year} 年，但不能确定本次测评的年度，无法判断是本年还是上年的数据，未读取；请用 --year 指定年度",
  previousConflict: "“{field}”：本年申报数据中填的是 {current}（{currentCell}），上年申报数据中为 {previous}（{previousCell}），两者不一致；按本年申报数据中的上年列计分，请核实",
  previousNotComparable: "上年数据中没有同比指标 {items} 所需的前一年数据，这些指标上年不可比：总排名中的同比各列（本年可比总分、上年总分、总分增减、名次变化）按其余指标比较，上年等级不列出（见“说明”）",
  fieldNoSource: "测评体系要求的数据项“{field}”（{items}）在申报数据、自评表和评委打分中都没有，{count} 个单位的相关指标都按 0 分计",
  vetoFieldNoSource: "否决项的数据项“{field}”（{items}）在申报数据和自评表中都没有，{count} 个单位都无法检查是否否决",
  fieldNoSourceSome: "数据项“{field}”（{items}）在 {count} 个单位的数据中没有（{files}），这些单位的相关指标按 0 分计",
  fieldMostlyBlank: "数据项“{field}”（{column} 列）有 {blank} 个单位未填（共 {total} 个单位），请核实是否漏填",
  formYearMismatch: "自评表的年度为 {year} 年，本次测评为 {expected} 年，请核对是否交错了表",
  yearUnknown: "没有找到本次测评的年度（自评表的年度、文件名中的年份），输出文件名用“{label}”；请用 --year 指定年度",
  formYearsDisagree: "收回的自评表年度不一致：{list}；请核对，或用 --year 指定本次测评的年度",
  fileYearsDisagree: "申报数据文件名中的年份不一致：{list}；请用 --year 指定本次测评的年度",
  yearOptionInvalid: "--year 应为四位年份（如 2026），现为“{value}”",
  previousSameFile: "--previous 指定的上年数据 {previous} 就是本年的申报数据，请指定上年的申报数据或结果工作簿",
  previousSameContent: "--previous 指定的上年数据 {previous} 与本年申报数据 {current} 内容完全相同（SHA-256 一致），请指定上年的数据",
  previousSameYear: "--previous 指定的上年数据 {previous} 与本年申报数据同为 {year} 年，请指定 {last} 年的数据",
  previousLaterYear: "--previous 指定的上年数据 {previous} 是 {previousYear} 年的，晚于本次测评的 {year} 年，请指定 {last} 年的数据",
  previousNotLastYear: "--previous 指定的上年数据 {previous} 是 {previousYear} 年的，不是 {last} 年；同比按 {previousYear} 年计算，请核实",
  outputIsInput: "输出文件 {output} 就是输入文件 {input}，不会覆盖输入；请用 --out 指定另一个文件夹",
  outputInReturnsFolder: "输出文件夹 {out} 在收回的自评表文件夹 {folder} 之中，结果会写进申报数据所在的文件夹；请用 --out 指定另一个文件夹",
  submissionsIsResult: "{file} 是 kaoping 的结果工作簿（有“总排名”表），不是申报数据；要与它做同比，请用 --previous 指定它",
  resultWorkbookSkipped: "{file} 是 kaoping 的结果工作簿（有“总排名”表），不是申报数据，已跳过；要与它做同比，请用 --previous 指定它",
  usingSamples: "未指定 --submissions，使用自带示例数据 {path}",
  // issue 11: one meaning for each field
  unitConverted: "“{value}” 按 {shown} 计",
  unitMismatch: "“{value}” 的计量单位“{from}”不能换算为数据项“{field}”的计量单位“{to}”，该值未使用",
  targetUnitMismatch: "目标值的计量单位“{from}”不能换算为数据项“{field}”的计量单位“{to}”",
  // issue 11: panel layouts and teams
  panelLayoutUnknown: "“{sheet}”表看来是评委打分表，但无法识别其布局，其中的分数均未读取。可用的布局：{layouts}",
  panelSummaryIgnored: "“{column}”列是评委分的合计或平均，不作为评委分读取",
  panelPointsDiffer: "评委打分表中“{header}”标注 {written} 分，测评体系中“{item}”为 {points} 分；按测评体系的 {points} 分检查和计分",
  panelScoreOutOfRange: "{inspector}的分数 {value} 超出 0～{max} 分，按原值参与平均（平均后仍超出范围的按 0～{max} 分截断）",
  panelTwoTeams: "单位“{unit}”的“{item}”同时由{first}和{second}打分，只采用“{kept}”的分数",
  panelScoreMissing: "评委打分表中没有单位“{unit}”的“{item}”分数（其他 {count} 个单位有），该项按 0 分计",
  panelScoreMissingOwnUsed: "评委打分表中没有单位“{unit}”的“{item}”分数（其他 {count} 个单位有），采用申报数据中的 {value}",
  panelCorrectionOneTeam: "设置了评分组校正（二次平均法），但“{item}”只有一个检查组打分，未校正",
  // issue 11: values that cannot be true (src/core/checks)
  rateAbove100: "“{field}”为 {shown}，超过 100%，不可能成立，请核实",
  percentCellTyped: "“{field}”的单元格设为百分比格式，填入的 {typed} 显示为 {shown}，超过 100%；若指 {typed}%，应填 {fraction} 或“{typed}%”",
  totalRowMismatch: "“{label}”行的“{field}”列（{column} 列）为 {total}，而其上 {count} 个单位之和为 {sum}（相差 {diff}），请核对",
  validationFailed: "校验规则“{rule}”不成立：{left} = {leftValue}，{right} = {rightValue}（{values}）",
  validationFieldMissing: "校验规则“{rule}”用到的“{field}”在申报数据中没有对应列，该规则未执行",
  tenfoldRise: "“{field}”本年 {current} 是上年 {previous}（{previousAt}）的 {ratio} 倍，请核实（是否多写了一位）",
  tenfoldFall: "“{field}”本年 {current} 只有上年 {previous}（{previousAt}）的 {ratio}，请核实（是否少写了一位）",
  categoryOutlier: "“{field}”= {value}，在“{category}”{count} 个单位中明显偏离（中位数 {median}，稳健 z 值 {z}），请核实",
  criteriaBadValidationExpression: "校验规则的{side}“{expression}”有误：{reason}",
  criteriaBadComparison: "校验规则的比较“{value}”无效，可用：{known}",
  criteriaBadValidationLevel: "校验规则的级别“{value}”无效，可用：错误、警告、提示",
  criteriaBadTolerance: "校验规则的容差“{value}”不是非负数字或百分比",
  // issue 11: measure units of amounts (round 3)
  completionTenfold: "完成率 {rate}：“{actual}” {a} 是“{target}” {b} 的 {ratio} 倍，请核实（是否计量单位填错，如万元数填在亿元列）",
  // issue 11: rate fields (one reading for every unit and the 上年 column; names; negative rates)
  rateFromName: "“{field}”的表头和数据项表都没有注明单位，按名称视为比率：“{value}”读作 {shown}，各单位和上年列的纯数字都按比率读取（大于 1 的按百分数），同比按百分点比较；如不是比率，请在数据项表中注明类型或计量单位",
  negativeRate: "“{field}”为 {shown}，比率不能为负数，不可能成立，该值按缺失计分，请核实",
  // issue 11: round 3 misc (panel sheets, 校验规则)
  validationPlainAsRate: "校验规则“{rule}”把比率“{field}”与 {typed} 比较：比率按小数计（如 0.912 即 91.2%），{typed} 按 {shown} 理解；若另有所指，请在规则中写明 %",
  panelSheetNotScores: "“{sheet}”表名含“检查”，但表头中没有评委列（评委1、组长、组员）、得分/打分/评分列或直接打分指标，不是评委打分表，未读取",
  // issue 12: hostile values (dates, huge numbers, names, footers, hidden sheets)
  unitNameInvisible: "单位名称只有看不见的字符（{codes}），多为从网页或聊天中粘贴带入，未参与排名；请填写单位名称",
  unitNameErrorValue: "单位名称是错误值“{value}”（多为公式出错，如查找不到或引用已删除），未参与排名；请填写单位名称",
  unitNameInvisibleRemoved: "单位名称“{unit}”中有看不见的字符（零宽空格等），已去掉后按“{unit}”计分和对应",
  submissionSheetRead: "申报数据读自可见的工作表“{sheet}”；隐藏的工作表 {hidden} 未作为申报数据读取",
  submissionSheetHidden: "申报数据读自工作表“{sheet}”，它是隐藏的（{state}），工作簿中没有可见的申报数据表；请核实这是要计分的数据",
  rowWithFiguresExcluded: "“{label}”行按{kind}行排除，未参与排名，但该行有 {figures} 个数据项填了数字；如这是一个单位，请改写名称或填写单位类别",
  unitNameReplacement: "单位名称“{unit}”中有无法识别的字符（显示为 �，文件中写的不是任何字符），请核对单位名称",
  numberTooLarge: "“{field}”为 {value}，超过 10 的 15 次方，不可能成立（多为误填或粘贴错误），按缺失计分，请核实",
  // issue 12: file-system errors, failed writes, formats that are not .xlsx
  fsNoPermission: "没有权限{action} {path}，请检查该文件或文件夹的权限，或用 --out 指定另一个文件夹",
  fsExists: "{path} 已存在，无法创建，请移走它或用 --out 指定另一个文件夹",
  fsIsDirectory: "{path} 是文件夹，不是文件，请指定文件",
  fsNotFound: "找不到 {path}（文件或文件夹不存在，或在运行中被移走、删除）",
  fsNotDirectory: "{path} 的上级路径中有一段是文件而不是文件夹，请检查路径",
  fsDiskFull: "写入 {path} 失败：磁盘空间不足（或超过文件大小限制），该文件没有写出，请腾出空间后重试",
  fsReadOnly: "{path} 所在的磁盘只读，无法写入，请用 --out 指定另一个文件夹",
  fsOther: "{action} {path} 失败（{code}），请检查路径和磁盘",
  fileEncrypted: "{file}: 工作簿设有打开密码（已加密），无法读取；请在 Excel 或 WPS 中打开它，删除密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）并保存后再导入",
  fileXlsb: "{file}: 这是 Excel 二进制工作簿（.xlsb），不能直接读取；请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入",
  fileOds: "{file}: 这是 OpenDocument 电子表格（.ods），不能直接读取；请在 LibreOffice、WPS 或 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入",
  // issue 12: files in a returns folder that are not read
  fileSkippedFolder: "是子文件夹，其中的文件未读取（要计分的工作簿请直接放在申报数据文件夹中）",
  fileSkippedOds: "是 OpenDocument 表格（.ods），未读取；请在 WPS、LibreOffice 或 Excel 中“另存为” .xlsx",
  fileSkippedXlsb: "是 Excel 二进制工作簿（.xlsb），未读取；请在 Excel 中“另存为” .xlsx",
  fileSkippedLock: "是 Office 打开文件时留下的临时锁定文件（~$ 开头），未读取",
  fileSkippedHidden: "是隐藏文件（. 开头），未读取",
  fileSkippedOther: "不是工作簿（只读取 .xlsx、.xlsm、.xls、.et、.csv），未读取",
  unitRowFormulasOnly: "第 {row} 行的单元格都是公式，但文件没有保存计算结果，无法读出单位名称和数据，该行未计分；请在 Excel 或 WPS 中打开、重新计算并保存后再导入",
  // issue 12: output folders that cannot be created, names shown in the terminal
  outDirCannotCreate: "无法创建输出文件夹 {path}：{parent} 中不能建立文件夹（{code}），请用 --out 指定另一个文件夹",
  // issue 14: history (--history)
  historyNeedsYear: "使用 --history 需要知道本次测评的年度，才能排列历年数据：请用 --year 指定，或在申报数据文件名中写明年份（如 2026-申报数据.xlsx）",
  historyYearUnknown: "--history 中的 {file} 看不出是哪一年的（文件名、自评表年度和标题中都没有年份），请把年份写进文件名，如 2024-排名结果.xlsx",
  historyNotEarlier: "--history 中的 {file} 是 {fileYear} 年的，不早于本次测评的 {year} 年；历年数据文件夹只放往年的结果工作簿或申报数据",
  historySameYear: "--history 中的 {first} 和 {second} 都是 {year} 年的，每年只能有一个文件；请移走其中一个",
  historyTooManyYears: "--history 中有 {count} 年的数据（{files}），最多读取 {max} 年；请只保留最近 {max} 年的文件",
  historyTooManyFiles: "--history 文件夹 {folder} 中有 {count} 个工作簿（{files}），最多读取 {max} 年的数据（每年一个文件）；请只保留最近 {max} 年的文件",
  historyNotFolder: "--history 指定的 {path} 不是文件夹：请把往年的结果工作簿或申报数据放在一个文件夹中，指定该文件夹",
  historyNotFound: "找不到 --history 指定的文件夹 {path}",
  historyEmpty: "--history 文件夹 {folder} 中没有可读取的工作簿（.xlsx、.xls、.et、.csv）{details}",
  historyFileUnreadable: "历年数据未读取：{message}",
  historyFileNotData: "历年数据未读取：{reason}；它既不是 kaoping 结果工作簿（没有“总排名”表），也不是可计分的申报数据",
  historyOutputInFolder: "输出文件夹 {out} 在 --history 指定的历年数据文件夹 {folder} 之中，结果会写进历年数据（下次运行会被当作往年数据读取）；请用 --out 指定另一个文件夹",
} as const;

export type MessageId = keyof typeof messages;

export type MessageParams = Record<string, string | number>;

/**
 * Fill a message template.
 * @example formatMessage("notANumber", { value: "八十五" }) // => "“八十五” 不是数字"
 */
export function formatMessage(id: MessageId, params: MessageParams = {}): string {
  return messages[id].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/**
 * Generates samples/2026-权重判断矩阵.xlsx, the judgement matrices `kaoping
 * weights` reads by default for the shipped 文明机关测评体系: two experts'
 * sheets as an office collects them (a merged title, one titled block per
 * matrix, names with their points, the lower triangle left blank, 1/3 typed
 * as text). 专家1 judges the 一级指标, four 二级 matrices and two item
 * matrices; 道德实践's items are slightly inconsistent (CR ≈ 0.119) to show
 * the 一致性检验 message; 专家2 judges the 一级指标 only (combined with 专家1's
 * by the geometric mean). The levels neither expert judged keep their 分值
 * proportions.
 */
import ExcelJS from "exceljs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const JUDGEMENTS_SAMPLE = join(root, "samples", "2026-权重判断矩阵.xlsx");

type Judgement = number | string | null;
/** A matrix: its title, the children's names as written, the upper triangle row by row (the lower left blank). */
type Block = [title: string, names: string[], upper: Judgement[][]];

const LEVEL1 = ["组织领导（15分）", "思想道德建设（20分）", "作风与效能建设（20分）", "服务质量（15分）", "环境建设（15分）", "创建活动（15分）"];

const EXPERT_1: Block[] = [
  // CR ≈ 0.002: 思想道德建设 and 作风与效能建设 first, 环境建设 last.
  ["一级指标之间", LEVEL1, [[1, "1/2", "1/2", 1, 2, 1], [1, 1, 2, 3, 2], [1, 2, 3, 2], [1, 2, 1], [1, "1/2"], [1]]],
  ["组织领导", ["领导体制", "制度建设"], [[1, "1/2"], [1]]],
  ["思想道德建设", ["理论学习", "道德实践"], [[1, 1], [1]]],
  ["作风与效能建设", ["工作效能", "作风纪律"], [[1, 2], [1]]],
  ["服务质量", ["群众评议", "服务规范"], [[1, 3], [1]]],
  // CR ≈ 0.008.
  ["工作效能", ["信访办结率", "矛盾纠纷调处率", "统计上报准确率"], [[1, 2, 3], [1, 2], [1]]],
  // CR ≈ 0.119 (> 0.10): shown with the pair to revise.
  ["道德实践", ["开展志愿服务活动", "五好文明家庭创建", "走访慰问离退休干部和困难职工", "宣传信息报送"], [[1, 3, 2, 1], [1, 2, 2], [1, "1/2"], [1]]],
];

const EXPERT_2: Block[] = [
  // CR ≈ 0.015.
  ["一级指标之间", LEVEL1, [[1, "1/3", "1/2", 1, 2, 1], [1, 1, 3, 3, 2], [1, 2, 2, 2], [1, 2, 1], [1, "1/2"], [1]]],
];

function addExpert(wb: ExcelJS.Workbook, sheetName: string, expert: string, blocks: Block[]): void {
  const ws = wb.addWorksheet(sheetName);
  const width = 1 + Math.max(...blocks.map(([, names]) => names.length));
  ws.addRow([`2026年度文明机关测评指标权重判断矩阵（${expert}）`]);
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.addRow(["说明：表中数值为行指标相对列指标的重要程度，1 同样重要，3 稍重要，5 明显重要，7 强烈重要，9 极端重要，2、4、6、8 居中；反过来填倒数（如 1/3）。下三角可不填。"]);
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).alignment = { wrapText: true };
  ws.getRow(2).height = 45;
  for (const [title, names, upper] of blocks) {
    ws.addRow([]);
    const t = ws.addRow([title]);
    t.font = { bold: true };
    const header = ws.addRow(["", ...names]);
    header.font = { bold: true };
    names.forEach((name, i) => {
      const values: Judgement[] = [name];
      for (let j = 0; j < names.length; j++) values.push(j < i ? null : upper[i][j - i]);
      ws.addRow(values);
    });
  }
  ws.getColumn(1).width = 30;
  for (let c = 2; c <= width; c++) ws.getColumn(c).width = 16;
}

export async function makeJudgementsSample(path = JUDGEMENTS_SAMPLE): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kaoping";
  // Fixed document dates (the ZIP entries still carry the time of writing, as in the other samples).
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  addExpert(wb, "判断矩阵-专家1", "专家1", EXPERT_1);
  addExpert(wb, "判断矩阵（专家2）", "专家2", EXPERT_2);
  await wb.xlsx.writeFile(path);
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`已生成 ${await makeJudgementsSample()}`);
}

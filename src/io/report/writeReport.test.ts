import { describe, expect, it } from "vitest";
import { Packer } from "docx";
import JSZip from "jszip";
import type { ReportModel } from "../../core/report/buildReport.js";
import { buildDocx } from "./writeDocx.js";
import { buildHtml } from "./writeHtml.js";

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]; anything else makes the part not well-formed.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

// A name with a Word soft line break (U+000B) pasted into Excel, and one whose `_x0001_` escape the reader turned into U+0001.
const model: ReportModel = {
  title: "2026年度测评结果通报\u000b",
  issuer: "考评办",
  blocks: [
    { kind: "heading", text: "一、总体情况" },
    { kind: "paragraph", text: "甲\u000b乙局得分最高。" },
    { kind: "table", caption: "表1\u0001", headers: ["名次", "单位"], rows: [[1, "甲\u000b乙局"], [2, "丙\u0001局\u001f"]] },
  ],
  attachments: [],
  notice: { docNumber: "〔2026〕　号", recipients: "各参评单位", honour: "文明单位", signature: "考评办", date: "2026年12月1日" },
  figures: { units: 2, vetoed: 0, grades: {} },
};

describe("control characters in names", () => {
  it("the .docx parts hold none of the code points XML forbids, and the names read 甲乙局, 丙局", async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(buildDocx(model, new Map())));
    for (const name of Object.keys(zip.files)) {
      if (!name.endsWith(".xml")) continue;
      expect(FORBIDDEN.test(await zip.file(name)!.async("string")), name).toBe(false);
    }
    const document = await zip.file("word/document.xml")!.async("string");
    expect(document).toContain("甲乙局");
    expect(document).toContain("丙局");
  });

  it("the .html holds none either", () => {
    const html = buildHtml(model, new Map());
    expect(FORBIDDEN.test(html)).toBe(false);
    expect(html).toContain("<td>甲乙局</td>");
    expect(html).toContain("<td>丙局</td>");
  });
});

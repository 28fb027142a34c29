import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import type { ReportModel } from "../../core/report/buildReport.js";
import { packDocx } from "./writeDocx.js";

const model: ReportModel = {
  title: "关于2026年度文明机关测评结果的通报",
  issuer: "（草稿，供审核）",
  blocks: [
    { kind: "heading", text: "一、总体情况" },
    { kind: "paragraph", text: "本年度共 2 个单位参评。" },
    { kind: "heading", level: 2, text: "（一）机关" },
    { kind: "table", caption: "表1　机关测评结果（2 个单位）", headers: ["名次", "单位名称", "总分", "等级"], rows: [[1, "甲局", "94.60", "优秀"], [2, "乙局", "88.00", "良好"]] },
    { kind: "heading", level: 3, text: "1. 进步" },
    { kind: "paragraph", text: "特此通报。" },
  ],
  attachments: [{ label: "附件1", title: "未解决的数据问题", blocks: [{ kind: "paragraph", text: "无未解决的错误或警告。" }] }],
  notice: {
    issuer: "某县精神文明建设办公室",
    docNumber: "县文明办〔2026〕3号",
    recipients: "各参评单位",
    honour: "文明机关",
    signature: "某县精神文明建设办公室",
    date: "2026年12月1日",
    copyTo: "县委宣传部",
  },
  figures: { units: 2, vetoed: 0, grades: {} },
};

/** Each <w:p> of a part with its text (runs joined). */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => ({ xml: m[0], text: [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("") }));
}

describe("the 通报 .docx after GB/T 9704", async () => {
  const zip = await JSZip.loadAsync(await packDocx(model, new Map()));
  const part = (name: string) => zip.file(name)!.async("string");
  const document = await part("word/document.xml");
  const ps = paragraphs(document);
  const p = (text: string) => ps.find((x) => x.text === text)!;

  it("writes the 版头: the 发文机关 in red 小标宋, the 发文字号 centred over a red rule; then the title, the 主送机关", () => {
    const issuer = p("某县精神文明建设办公室");
    expect(issuer.xml).toContain('w:color w:val="FF0000"');
    expect(issuer.xml).toContain('w:eastAsia="方正小标宋简体"');
    // 11 characters: 430 / 11 = 39 → capped at 36 pt = 72 half-points
    expect(issuer.xml).toContain('w:sz w:val="72"');
    const number = p("县文明办〔2026〕3号");
    expect(number.xml).toContain('<w:jc w:val="center"/>');
    expect(number.xml).toMatch(/<w:bottom w:val="single" w:color="FF0000" w:sz="12" w:space="11"\/>/);
    // 小标宋 二号 = 22 pt = 44 half-points
    expect(p("关于2026年度文明机关测评结果的通报").xml).toMatch(/w:eastAsia="方正小标宋简体".*w:sz w:val="44"/s);
    expect(ps.map((x) => x.text).filter(Boolean).slice(0, 4)).toEqual(["某县精神文明建设办公室", "县文明办〔2026〕3号", "关于2026年度文明机关测评结果的通报", "各参评单位："]);
  });

  it("sets the body in 仿宋 三号 on exact 28 pt lines (560 twips, lineRule exact), headings in 黑体, 楷体, 仿宋 bold", () => {
    for (const text of ["本年度共 2 个单位参评。", "各参评单位：", "特此通报。"]) {
      const x = p(text).xml;
      expect(x, text).toContain('w:line="560" w:lineRule="exact"');
      expect(x, text).toContain('w:eastAsia="仿宋_GB2312"');
      expect(x, text).toContain('w:sz w:val="32"');
    }
    expect(p("本年度共 2 个单位参评。").xml).toContain('<w:ind w:firstLine="640"/>');
    expect(p("一、总体情况").xml).toContain('w:eastAsia="黑体"');
    expect(p("（一）机关").xml).toContain('w:eastAsia="楷体_GB2312"');
    const third = p("1. 进步").xml;
    expect(third).toContain('w:eastAsia="仿宋_GB2312"');
    expect(third).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    for (const heading of ["一、总体情况", "（一）机关", "1. 进步"]) expect(p(heading).xml, heading).toContain("<w:keepNext/>");
  });

  it("names each face's everyday alternate in the font table (仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体)", async () => {
    const fonts = await part("word/fontTable.xml");
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });

  it("numbers pages 「— 1 —」: odd pages right, even pages left", async () => {
    expect(await part("word/settings.xml")).toContain("<w:evenAndOddHeaders/>");
    const rels = await part("word/_rels/document.xml.rels");
    const target = (type: string) => {
      const id = new RegExp(`footerReference w:type="${type}" r:id="(rId\\d+)"`).exec(document)![1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!.slice(1).find(Boolean)!;
    };
    const odd = await part(`word/${target("default")}`);
    const even = await part(`word/${target("even")}`);
    const dashes = /<w:t xml:space="preserve">— <\/w:t><w:fldChar w:fldCharType="begin"\/><w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:t xml:space="preserve"> —<\/w:t>/s;
    expect(odd).toMatch(dashes);
    expect(even).toMatch(dashes);
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
  });

  it("keeps a table with its caption above it: keepNext on the caption and on every row but the last; header shaded grey", () => {
    expect(p("表1　机关测评结果（2 个单位）").xml).toContain("<w:keepNext/>");
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(document.slice(document.indexOf("表1　机关测评结果")))![0];
    const cells = paragraphs(table);
    expect(cells.filter((c) => c.text === "甲局")[0].xml).toContain("<w:keepNext/>");
    expect(cells.filter((c) => c.text === "乙局")[0].xml).not.toContain("<w:keepNext/>");
    expect(table).toContain('w:fill="D9D9D9"');
    expect(table).toContain("<w:tblHeader/>");
  });

  it("ends with 附件说明, the 落款 and 成文日期 right-aligned, the 附件 on its own page and the 抄送 line", () => {
    const texts = ps.map((x) => x.text);
    expect(texts).toContain("附件：未解决的数据问题");
    // The 发文机关 is written twice: the 版头 (first) and the 落款 (second).
    const signature = ps.filter((x) => x.text === "某县精神文明建设办公室")[1];
    expect(signature.xml).toContain('<w:jc w:val="right"/>');
    expect(p("2026年12月1日").xml).toContain('<w:jc w:val="right"/>');
    // Signature 11 characters is longer than the date (6.5): signature two characters from the right (640),
    // the date centred under it: 2 + (11 − 6.5) / 2 = 4.25 characters = 1360 twips.
    expect(signature.xml).toContain('w:right="640"');
    expect(p("2026年12月1日").xml).toContain('w:right="1360"');
    expect(texts.indexOf("2026年12月1日")).toBeLessThan(texts.indexOf("附件1"));
    expect(p("附件1").xml).toContain('<w:br w:type="page"/>');
    expect(texts).toContain("抄送：县委宣传部。");
    expect(texts).toContain("某县精神文明建设办公室2026年12月1日印发");
  });
});

describe("the 通报's charts (issue 17: docx lays out, kaoping zips)", async () => {
  const { encodePng } = await import("../charts/encodePng.js");
  // Two different 2×1 pictures: red|white and blue|white, opaque RGBA.
  const red = encodePng(new Uint8Array([255, 0, 0, 255, 255, 255, 255, 255]), 2, 1);
  const blue = encodePng(new Uint8Array([0, 0, 255, 255, 255, 255, 255, 255]), 2, 1);
  const withCharts: ReportModel = {
    ...model,
    blocks: [...model.blocks, { kind: "chart", chartId: "a", caption: "图1" }, { kind: "chart", chartId: "b", caption: "图2" }],
  };
  const bytes = await packDocx(withCharts, new Map([["a", { png: red, width: 1600, height: 900 }], ["b", { png: blue, width: 1600, height: 900 }]]));
  const zip = await JSZip.loadAsync(bytes);

  it("puts each chart's own PNG bytes in word/media, linked from the document", async () => {
    const media = Object.keys(zip.files).filter((n) => n.startsWith("word/media/") && !zip.files[n].dir);
    expect(media).toHaveLength(2);
    const stored = await Promise.all(media.map((n) => zip.file(n)!.async("nodebuffer")));
    expect(stored.map((b) => b.toString("hex")).sort()).toEqual([red.toString("hex"), blue.toString("hex")].sort());
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    for (const n of media) expect(rels).toContain(`Target="${n.slice("word/".length)}"`);
    // 150 mm = 567 px wide at 96 dpi; 900 / 1600 × 567 = 318.9 → 319 px; × 9525 EMU a pixel
    expect(await zip.file("word/document.xml")!.async("string")).toContain(`<wp:extent cx="${567 * 9525}" cy="${319 * 9525}"/>`);
  });

  it("keeps every part docx lays out, the font table kaoping's", async () => {
    for (const part of ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/fontTable.xml", "word/footer1.xml"]) expect(zip.file(part), part).not.toBeNull();
    expect(await zip.file("word/fontTable.xml")!.async("string")).toContain('<w:altName w:val="仿宋"/>');
  });
});

describe("long tables from row templates (issue 17)", async () => {
  const { TEMPLATED_TABLE_ROWS } = await import("./writeDocx.js");
  // Past the threshold, in the text (kept together) and in an 附件 (breaking across pages); texts XML must escape,
  // a character XML cannot hold (dropped), an empty cell, numbers.
  const tricky = ["A&B <局>", '"引号" 与 \'单引号\'', "控制\u0001字符", "", "末行"];
  const rows = Array.from({ length: TEMPLATED_TABLE_ROWS + 5 }, (_, k) => [k + 1, tricky[k % tricky.length], `${(90 - k / 10).toFixed(2)}`, k % 2 ? "良好" : "优秀"]);
  const long: ReportModel = {
    ...model,
    blocks: [...model.blocks, { kind: "table", caption: "表2　长表", headers: ["名次", "单位名称", "总分", "等级"], rows }],
    attachments: [{ label: "附件1", title: "未解决的数据问题", blocks: [{ kind: "table", headers: ["序号", "说明"], widths: [20, 80], rows: rows.map((r) => [r[0], r[1]]) }] }],
  };
  const documentOf = async (longTables: boolean) => (await JSZip.loadAsync(await packDocx(long, new Map(), { longTables }))).file("word/document.xml")!.async("string");

  it("writes the same document.xml as docx does row by row", async () => {
    const fast = await documentOf(true);
    const docx = await documentOf(false);
    expect(fast).toBe(docx);
    // and the tables are really there: the short 表1, the two long ones and the 版记's 抄送 table
    expect(fast.match(/<w:tbl>/g)).toHaveLength(4);
    // header + 25 rows in each long table, 3 in 表1, 2 in the 版记
    expect(fast.match(/<w:tr>/g)).toHaveLength(26 + 26 + 3 + 2);
    expect(fast).toContain("A&amp;B &lt;局&gt;");
    expect(fast).toContain("&quot;引号&quot; 与 &apos;单引号&apos;");
    expect(fast).toContain(">控制字符<");
    expect(fast).not.toContain("\uE000");
  });
});

/**
 * Chinese official-document (公文) typefaces. Word takes one name per run,
 * so the .docx names the customary face (the GB2312 names government
 * machines carry) and lists in its font table the name Windows has by
 * default (`docxAlt`: 仿宋_GB2312 → 仿宋), which Word and WPS substitute
 * when the first is missing; Latin text stays Times New Roman. HTML lists
 * fallbacks for machines without them.
 */
export const REPORT_FONTS = {
  title: { docx: "方正小标宋简体", docxAlt: "宋体", css: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体", "SimSun", "Source Han Serif SC", serif' },
  heading: { docx: "黑体", docxAlt: "SimHei", css: '"黑体", "SimHei", "Source Han Sans SC", "Noto Sans CJK SC", sans-serif' },
  body: { docx: "仿宋_GB2312", docxAlt: "仿宋", css: '"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Source Han Serif SC", serif' },
  /** （一） headings. */
  kai: { docx: "楷体_GB2312", docxAlt: "楷体", css: '"楷体_GB2312", "楷体", "KaiTi", "STKaiti", serif' },
  /** Page numbers: 4号半角宋体 (GB/T 9704 7.5). */
  pageNumber: { docx: "宋体", docxAlt: "SimSun", css: '"宋体", "SimSun", serif' },
  latin: "Times New Roman",
} as const;

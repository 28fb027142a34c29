/**
 * Chinese official-document (公文) typefaces. Word takes one name per run,
 * so the .docx names the customary face and Latin text stays Times New
 * Roman; HTML lists fallbacks for machines without them.
 */
export const REPORT_FONTS = {
  title: { docx: "方正小标宋简体", css: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体", "SimSun", "Source Han Serif SC", serif' },
  heading: { docx: "黑体", css: '"黑体", "SimHei", "Source Han Sans SC", "Noto Sans CJK SC", sans-serif' },
  body: { docx: "仿宋", css: '"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Source Han Serif SC", serif' },
  latin: "Times New Roman",
} as const;

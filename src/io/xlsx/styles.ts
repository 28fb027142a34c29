import type { Style } from "./model.js";
import { escapeXml } from "./escapeXml.js";

/** Excel's built-in number formats that need no <numFmt> entry. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

const FONT_NAME = "Calibri";

/**
 * Collects the looks a workbook uses, in first-use order, and writes
 * styles.xml once every sheet is written. Index 0 is the default look.
 */
export class StyleSheet {
  private readonly xfs = new Map<Style, number>();
  private readonly xfList: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly fonts = new Registry([fontXml({})]);
  // Excel requires the first two fills to be none and gray125.
  private readonly fills = new Registry(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Registry(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly numFmts = new Map<string, number>();

  /** The cellXfs index of a look; undefined for none. */
  index(s: Style | undefined): number {
    if (!s) return 0;
    let i = this.xfs.get(s);
    if (i === undefined) {
      i = this.xfList.length;
      this.xfList.push(this.xf(s));
      this.xfs.set(s, i);
    }
    return i;
  }

  private xf(s: Style): string {
    const numFmtId = s.numFmt ? this.numFmtId(s.numFmt) : 0;
    const fontId = this.fonts.id(fontXml(s));
    const fillId = s.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const side = (n: string) => `<${n} style="thin"><color rgb="${s.border}"/></${n}>`;
    const borderId = s.border ? this.borders.id(`<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`) : 0;
    const align = s.horizontal || s.vertical || s.wrap;
    const attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}${align ? ' applyAlignment="1"' : ""}`;
    if (!align) return `<xf ${attrs}/>`;
    return `<xf ${attrs}><alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ""}${s.vertical ? ` vertical="${s.vertical === "middle" ? "center" : s.vertical}"` : ""}${s.wrap ? ' wrapText="1"' : ""}/></xf>`;
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("");
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.numFmts.size ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : "") +
      this.fonts.xml("fonts") +
      this.fills.xml("fills") +
      this.borders.xml("borders") +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfList.length}">${this.xfList.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}

function fontXml(s: Style): string {
  return `<font>${s.bold ? "<b/>" : ""}<sz val="${s.size ?? 11}"/>${s.color ? `<color rgb="${s.color}"/>` : '<color theme="1"/>'}<name val="${FONT_NAME}"/><family val="2"/><scheme val="minor"/></font>`;
}

/** Distinct XML fragments, each with a stable index. */
class Registry {
  private readonly ids = new Map<string, number>();
  constructor(private readonly list: string[]) {
    list.forEach((x, i) => this.ids.set(x, i));
  }
  id(xml: string): number {
    let i = this.ids.get(xml);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(xml);
      this.ids.set(xml, i);
    }
    return i;
  }
  xml(tag: string): string {
    return `<${tag} count="${this.list.length}">${this.list.join("")}</${tag}>`;
  }
}

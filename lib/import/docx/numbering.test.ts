import { describe, expect, it } from "vitest";
import { formatNumber } from "@/lib/import/docx/number-format";
import { createListCounter, readNumbering } from "@/lib/import/docx/numbering";
import { readStyles } from "@/lib/import/docx/styles";
import { parseXml } from "@/lib/import/docx/xml";

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function lvl(ilvl: number, numFmt: string, text: string, extra = "") {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

function counter(numberingBody: string, stylesBody = "") {
  const numbering = readNumbering(parseXml(`<w:numbering ${w}>${numberingBody}</w:numbering>`));
  const styles = readStyles(parseXml(`<w:styles ${w}>${stylesBody}</w:styles>`));
  return createListCounter(numbering, styles);
}

const report = `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%2）")}${lvl(2, "decimal", "%3.")}</w:abstractNum>`;

describe("Word list markers", () => {
  it("writes numbers the way Word's formats do", () => {
    const chinese = [1, 2, 9, 10, 11, 19, 20, 21, 99, 100].map((n) => formatNumber(n, "chineseCounting"));
    expect(chinese).toEqual(["一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一〇〇"]);
    expect([10, 11, 101, 110, 1001].map((n) => formatNumber(n, "chineseCountingThousand"))).toEqual(["十", "十一", "一百零一", "一百一十", "一千零一"]);
    expect([1, 10, 12].map((n) => formatNumber(n, "chineseLegalSimplified"))).toEqual(["壹", "壹拾", "壹拾贰"]);
    expect([1, 10, 11].map((n) => formatNumber(n, "ideographTraditional"))).toEqual(["甲", "癸", "11"]);
    expect(formatNumber(3, "decimalEnclosedCircle")).toBe("③");
    expect(formatNumber(3, "decimalEnclosedParen")).toBe("⑶");
    expect(formatNumber(3, "decimalEnclosedFullstop")).toBe("⒊");
    expect(formatNumber(12, "decimalFullWidth")).toBe("１２");
    expect(formatNumber(3, "decimalZero")).toBe("03");
    expect([4, 9, 14].map((n) => formatNumber(n, "upperRoman"))).toEqual(["IV", "IX", "XIV"]);
    expect([1, 26, 27].map((n) => formatNumber(n, "lowerLetter"))).toEqual(["a", "z", "aa"]);
    expect(formatNumber(5, "somethingNew")).toBe("5");
  });

  it("counts levels and restarts the ones below a level that is used", () => {
    const list = counter(`${report}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    const markers = [0, 1, 2, 2, 1, 2, 0, 2].map((ilvl) => list.next("1", ilvl)?.marker);
    expect(markers).toEqual(["一、", "（一）", "1.", "2.", "（二）", "1.", "二、", "1."]);
  });

  it("renders %1 as the first level's number wherever it appears (%1.%2 outlines, legal numbering)", () => {
    const outline = `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "第%1章")}${lvl(1, "decimal", "%1.%2")}${lvl(2, "decimal", "%1.%2.%3", "<w:isLgl/>")}</w:abstractNum>`;
    const list = counter(`${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect([0, 1, 1, 2].map((ilvl) => list.next("1", ilvl)?.marker)).toEqual(["第一章", "一.1", "一.2", "1.2.1"]);
  });

  it("continues a definition shared by two lists, unless the second overrides its start", () => {
    const nums = `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const list = counter(`${report}${nums}`);
    expect([list.next("1", 0), list.next("2", 0), list.next("3", 0), list.next("3", 0), list.next("1", 0)].map((item) => item?.marker)).toEqual(["一、", "二、", "一、", "二、", "三、"]);
  });

  it("keeps a level counting when lvlRestart is 0, and follows numStyleLink to the real definition", () => {
    const noRestart = `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "decimal", "%2.", '<w:lvlRestart w:val="0"/>')}</w:abstractNum>`;
    const linked = `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ReportList"/></w:abstractNum>`;
    const nums = `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const styles = `<w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="报告编号"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    const list = counter(`${noRestart}${linked}${nums}`, styles);
    expect([list.next("1", 1), list.next("1", 0), list.next("2", 1)].map((item) => item?.marker)).toEqual(["1.", "一、", "2."]);
  });

  it("gives bullets as a plain bullet, no marker for numFmt none, and nothing for a missing list", () => {
    const abstract = `<w:abstractNum w:abstractNumId="0">${lvl(0, "bullet", "\uf0b7")}${lvl(1, "none", "")}</w:abstractNum>`;
    const list = counter(`${abstract}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect(list.next("1", 0)).toEqual({ level: 0, marker: "•" });
    expect(list.next("1", 1)).toEqual({ level: 1 });
    expect(list.next("9", 0)).toBeNull();
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { attributesOf, paragraphsOf, readDocxParts, runsOf, type XmlParagraph } from "@/tests/docx-xml";
import { zhenxiReport } from "@/tests/fixtures/zhenxi-report";
import { buildReportDocx, metricsSentence, reportForDocx, type ReportForDocx } from "./build-report-docx";

async function build(report: ReportForDocx) {
  const parts = readDocxParts(await buildReportDocx(report));
  return { parts, document: parts["word/document.xml"], paragraphs: paragraphsOf(parts["word/document.xml"]) };
}

/** The footer part a section references for the given type ("default" is every odd page here). */
function footerOf(parts: Record<string, string>, type: "default" | "even"): string {
  const id = attributesOf(parts["word/document.xml"], `w:footerReference w:type="${type}"`)!["r:id"];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(parts["word/_rels/document.xml.rels"])![1];
  return parts[`word/${target}`];
}

function find(paragraphs: XmlParagraph[], text: string): XmlParagraph {
  const found = paragraphs.find((p) => p.text === text || (text.length > 20 && p.text.includes(text)));
  if (!found) throw new Error(`no paragraph with ${text}`);
  return found;
}

describe("buildReportDocx with the 珍溪镇 2022 report", () => {
  const report = reportForDocx(zhenxiReport());
  let parts: Record<string, string>;
  let document: string;
  let paragraphs: XmlParagraph[];

  beforeAll(async () => {
    ({ parts, document, paragraphs } = await build(report));
  });

  it("sets A4 with the GB/T 9704 margins in twips", () => {
    expect(attributesOf(document, "w:pgSz")).toMatchObject({ "w:w": "11906", "w:h": "16838" });
    expect(attributesOf(document, "w:pgMar")).toMatchObject({ "w:top": "2098", "w:bottom": "1984", "w:left": "1588", "w:right": "1474" });
  });

  it("puts every line of the document on an exact 28.95 pt line pitch", () => {
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const paragraph of paragraphs) {
      expect(attributesOf(paragraph.xml, "w:spacing"), paragraph.text).toMatchObject({ "w:line": "579", "w:lineRule": "exact", "w:before": "0", "w:after": "0" });
    }
  });

  it("sets the title in 2号 方正小标宋简体, centred, and the text in 3号 仿宋_GB2312, justified, indented two characters", () => {
    const title = find(paragraphs, "重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告");
    expect(paragraphs[0]).toBe(title);
    expect(attributesOf(title.xml, "w:jc")).toEqual({ "w:val": "center" });
    expect(attributesOf(title.xml, "w:sz")).toEqual({ "w:val": "44" });
    expect(attributesOf(title.xml, "w:rFonts")).toMatchObject({ "w:eastAsia": "方正小标宋简体", "w:ascii": "Times New Roman", "w:hAnsi": "Times New Roman" });

    const text = find(paragraphs, "共计为4名综合行政执法人员、1名应急执法人员换发执法证");
    expect(attributesOf(text.xml, "w:jc")).toEqual({ "w:val": "both" });
    expect(attributesOf(text.xml, "w:ind")).toEqual({ "w:firstLine": "640", "w:firstLineChars": "200" });
    expect(attributesOf(text.xml, "w:sz")).toEqual({ "w:val": "32" });
    expect(attributesOf(text.xml, "w:rFonts")).toMatchObject({ "w:eastAsia": "仿宋_GB2312", "w:ascii": "Times New Roman", "w:hint": "eastAsia" });
    // 28 characters a line: each 0.25 pt (5 twentieths) tighter than its 16 pt.
    expect(attributesOf(runsOf(text.xml)[0].xml, "w:spacing")).toEqual({ "w:val": "-5" });
  });

  it("sets 一、 headings in 黑体 and （一） headings in 楷体_GB2312, 3号, not bold, as outline levels", () => {
    const level1 = find(paragraphs, "一、基本情况");
    expect(attributesOf(level1.xml, "w:rFonts")).toMatchObject({ "w:eastAsia": "黑体" });
    expect(attributesOf(level1.xml, "w:outlineLvl")).toEqual({ "w:val": "0" });
    const level2 = find(paragraphs, "（五）行政执法工作情况");
    expect(attributesOf(level2.xml, "w:rFonts")).toMatchObject({ "w:eastAsia": "楷体_GB2312" });
    expect(attributesOf(level2.xml, "w:outlineLvl")).toEqual({ "w:val": "1" });
    for (const heading of [level1, level2]) {
      expect(attributesOf(heading.xml, "w:sz")).toEqual({ "w:val": "32" });
      expect(attributesOf(heading.xml, "w:ind")).toEqual({ "w:firstLine": "640", "w:firstLineChars": "200" });
      expect(runsOf(heading.xml).some((run) => run.isBold)).toBe(false);
    }
  });

  it("keeps the report's text in order: headings, paragraphs and figures, then the signature", () => {
    const expected = [
      report.title,
      "",
      ...report.sections.flatMap((s) => [`${s.number}${s.title}`, ...s.paragraphs, ...(s.metrics.length ? [metricsSentence(s.metrics)] : [])]),
      "",
      "重庆市涪陵区珍溪镇人民政府",
      "2023年1月9日",
    ];
    expect(paragraphs.map((p) => p.text)).toEqual(expected);
    expect(paragraphs.map((p) => p.text)).toContain("主要数据：中心组学法次数6次；专题讲座次数1次；普法宣传活动次数6次。");
  });

  it("signs as an unsealed document: the office two characters in, the date starting two characters to its right", () => {
    const [office, date] = paragraphs.slice(-2);
    expect(attributesOf(office.xml, "w:jc")).toEqual({ "w:val": "right" });
    expect(attributesOf(office.xml, "w:ind")).toEqual({ "w:right": "640" });
    expect(attributesOf(date.xml, "w:jc")).toEqual({ "w:val": "right" });
    // 13 characters of name, 6 of date: 2 + 13 − 2 − 6 = 7 characters, 7 × 320 twips.
    expect(attributesOf(date.xml, "w:ind")).toEqual({ "w:right": "2240" });
  });

  it("numbers pages — n — in 4号 宋体, right on odd pages and left on even ones", () => {
    expect(parts["word/settings.xml"]).toMatch(/<w:evenAndOddHeaders\/>/);
    const odd = footerOf(parts, "default");
    const even = footerOf(parts, "even");
    for (const footer of [odd, even]) {
      expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
      expect(attributesOf(footer, "w:sz")).toEqual({ "w:val": "28" });
      expect(attributesOf(footer, "w:rFonts")).toMatchObject({ "w:eastAsia": "宋体" });
    }
    expect(attributesOf(odd, "w:jc")).toEqual({ "w:val": "right" });
    expect(attributesOf(odd, "w:ind")).toEqual({ "w:right": "280" });
    expect(attributesOf(even, "w:jc")).toEqual({ "w:val": "left" });
    expect(attributesOf(even, "w:ind")).toEqual({ "w:left": "280" });
  });

  it("leaves the portal's metadata out of the document", () => {
    expect(document).not.toContain("索引号");
    expect(document).not.toContain("发布日期");
  });
});

describe("buildReportDocx with a 字号, a correction and numbered paragraphs", () => {
  const base = reportForDocx(zhenxiReport());
  const report: ReportForDocx = {
    ...base,
    docNumber: "涪珍府发〔2023〕3号",
    publisher: "区司法局",
    documentDate: null,
    publishedAt: new Date("2023-12-31T00:00:00Z"),
    correction: { note: "更正了执法人员人数。", at: new Date("2024-03-01T00:00:00Z") },
    sections: [{ ...base.sections[1], paragraphs: ["1.强化组织领导。镇党委定期研究法治工作。", "1.5亿元用于基础设施建设。"] }],
  };
  let paragraphs: XmlParagraph[];

  beforeAll(async () => {
    ({ paragraphs } = await build(report));
  });

  it("puts the 字号 centred above the title, with a blank line between", () => {
    expect(paragraphs.slice(0, 3).map((p) => p.text)).toEqual(["涪珍府发〔2023〕3号", "", report.title]);
    expect(attributesOf(paragraphs[0].xml, "w:jc")).toEqual({ "w:val": "center" });
  });

  it("dates the signature with the publication date when there is no 成文日期, and moves a short name left", () => {
    const office = find(paragraphs, "区司法局");
    const date = find(paragraphs, "2023年12月31日");
    expect(attributesOf(date.xml, "w:ind")).toEqual({ "w:right": "640" });
    expect(attributesOf(office.xml, "w:ind")).toEqual({ "w:right": String(7 * 320) });
  });

  it("adds the 更正说明 as the 附注 on the line after the date", () => {
    const last = paragraphs.at(-1)!;
    expect(paragraphs.at(-2)!.text).toBe("2023年12月31日");
    expect(last.text).toBe("（2024年3月1日更正。更正说明：更正了执法人员人数。）");
    expect(attributesOf(last.xml, "w:ind")).toEqual({ "w:firstLine": "640", "w:firstLineChars": "200" });
  });

  it("sets the opening sentence of a 1. paragraph in bold 仿宋, and nothing of a decimal", () => {
    const runIn = runsOf(find(paragraphs, "1.强化组织领导。镇党委定期研究法治工作。").xml);
    expect(runIn.map((r) => [r.text, r.isBold])).toEqual([
      ["1.强化组织领导。", true],
      ["镇党委定期研究法治工作。", false],
    ]);
    expect(attributesOf(runIn[0].xml, "w:rFonts")).toMatchObject({ "w:eastAsia": "仿宋_GB2312" });
    expect(runsOf(find(paragraphs, "1.5亿元用于基础设施建设。").xml).map((r) => r.isBold)).toEqual([false]);
  });
});

// The 珍溪镇 2022 report as copied from its page (tests/fixtures/import/zhenxi-2022.txt, see
// /work/shared/fixtures/README.md) must split exactly.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitReport } from "@/lib/import/split-report";
import { textToSourceLines } from "@/lib/import/source-lines";

const text = readFileSync(path.join(process.cwd(), "tests/fixtures/import/zhenxi-2022.txt"), "utf8");
const lines = text.split("\n");
/** The fixture's line n (1-based), trimmed: what a paragraph must be, character for character. */
const at = (n: number) => lines[n - 1].trim();

describe("splitReport on the 珍溪镇 2022 report", () => {
  const report = splitReport(text);

  it("finds the title, the date and the empty 字号", () => {
    expect(report.title).toBe("重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告");
    expect(report.date).toBe("2023-01-09");
    expect(report.docNumber).toBe("");
  });

  it("lists exactly the page furniture as removed", () => {
    expect(report.removed).toEqual(["部\u00a0\u00a0门", "街\u00a0\u00a0镇", "日期:2023-01-09", "字\u00a0号:", "分享文章到:"]);
    expect(report.preamble).toEqual([]);
  });

  it("finds the ten headings at their levels, each with its paragraphs exactly", () => {
    expect(report.sections).toEqual([
      { level: 1, marker: "一、", heading: "基本情况", paragraphs: [] },
      { level: 2, marker: "(一)", heading: "学习贯彻习近平法治思想情况", paragraphs: [at(11)] },
      { level: 2, marker: "(二)", heading: "深化“放管服”改革、优化营商环境情况", paragraphs: [at(15)] },
      { level: 2, marker: "(三)", heading: "依法行政制度体系建设情况", paragraphs: [at(19)] },
      { level: 2, marker: "(四)", heading: "重大决策部署落实情况", paragraphs: [at(23)] },
      { level: 2, marker: "(五)", heading: "行政执法工作情况", paragraphs: [at(27)] },
      { level: 2, marker: "(六)", heading: "行政权力运行及受监督情况", paragraphs: [at(31)] },
      { level: 2, marker: "(七)", heading: "矛盾纠纷化解情况", paragraphs: [at(35)] },
      { level: 1, marker: "二、", heading: "存在的不足和原因", paragraphs: [at(39), at(41)] },
      { level: 1, marker: "三、", heading: "下一年度推进法治政府建设的主要安排", paragraphs: [at(45), at(47)] },
    ]);
    expect(at(39)).toMatch(/^\(一\)重点领域矛盾纠纷情况依然严峻/);
    expect(at(47)).toMatch(/^\(二\)持续加强基层普法宣传教育/);
  });

  it("reads the same report with full-width punctuation, CR LF line ends and full-width indentation", () => {
    const wide = text
      .replace(/\(/g, "（")
      .replace(/\)/g, "）")
      .replace(/,/g, "，")
      .replace(/:/g, "：")
      .replace(/\u2002/g, "\u3000")
      .replace(/\n/g, "\r\n");
    const again = splitReport(textToSourceLines(wide));
    expect(again.title).toBe(report.title);
    expect(again.date).toBe("2023-01-09");
    expect(again.docNumber).toBe("");
    expect(again.sections.map((s) => [s.level, s.marker, s.heading, s.paragraphs.length])).toEqual(
      report.sections.map((s) => [s.level, s.marker.replace("(", "（").replace(")", "）"), s.heading.replace(/,/g, "，"), s.paragraphs.length]),
    );
  });
});

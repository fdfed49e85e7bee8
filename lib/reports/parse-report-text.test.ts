import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseReportText, type ParsedReport } from "@/lib/reports/parse-report-text";

// prisma/data/zhenxi-2022.txt: the report exactly as copied from the district's web page,
// navigation tabs, metadata block and share bar included (see prisma/data/README.md).
const fixture = readFileSync(path.join(process.cwd(), "prisma/data/zhenxi-2022.txt"), "utf8");
const fixtureLines = fixture.split("\n");
/** Line n (1-based) of the fixture without its indentation (three U+2002 EN SPACEs on sub-headings). */
const line = (n: number) => fixtureLines[n - 1].replace(/^[\u2002\s]+/, "");

const expectedOutline: { level: 1 | 2; title: string; lines: number[] }[] = [
  { level: 1, title: "基本情况", lines: [] },
  { level: 2, title: "学习贯彻习近平法治思想情况", lines: [11] },
  { level: 2, title: "深化“放管服”改革、优化营商环境情况", lines: [15] },
  { level: 2, title: "依法行政制度体系建设情况", lines: [19] },
  { level: 2, title: "重大决策部署落实情况", lines: [23] },
  { level: 2, title: "行政执法工作情况", lines: [27] },
  { level: 2, title: "行政权力运行及受监督情况", lines: [31] },
  { level: 2, title: "矛盾纠纷化解情况", lines: [35] },
  { level: 1, title: "存在的不足和原因", lines: [39, 41] },
  { level: 1, title: "下一年度推进法治政府建设的主要安排", lines: [45, 47] },
];

function allText(report: ParsedReport): string[] {
  return [report.title, ...report.preamble, ...report.sections.flatMap((s) => [s.title, ...s.paragraphs])];
}

describe("parseReportText", () => {
  describe("the 珍溪镇 2022 fixture as copied from the web page", () => {
    const report = parseReportText(fixture);

    it("reads the title, the date and the empty 字号 from the metadata block", () => {
      expect(report.title).toBe("重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告");
      expect(report.date).toBe("2023-01-09");
      expect(report.docNumber).toBe("");
      expect(report.preamble).toEqual([]);
    });

    it("finds exactly 10 sections with their levels and titles", () => {
      expect(report.sections).toHaveLength(10);
      expect(report.sections.map((s) => ({ level: s.level, title: s.title }))).toEqual(
        expectedOutline.map(({ level, title }) => ({ level, title })),
      );
    });

    it("keeps every paragraph exactly as written, without its indentation", () => {
      report.sections.forEach((section, i) => {
        expect(section.paragraphs, section.title).toEqual(expectedOutline[i].lines.map(line));
      });
      const lawStudy = report.sections[1];
      expect(lawStudy.paragraphs[0].startsWith("根据区普法办")).toBe(true);
      expect(lawStudy.paragraphs[0]).toContain("组织开展习近平法治思想专题讲座1次");
      const shortcomings = report.sections[8];
      expect(shortcomings.paragraphs).toHaveLength(2);
      expect(shortcomings.paragraphs[0].startsWith("(一)重点领域")).toBe(true);
      expect(shortcomings.paragraphs[1].startsWith("(二)部分群众")).toBe(true);
      expect(report.sections[9].paragraphs[1].endsWith("提升基层治理能力。")).toBe(true);
    });

    it("treats numbered sentences under 二 and 三 as paragraphs, not sub-headings", () => {
      expect(report.sections.filter((s) => s.level === 2)).toHaveLength(7);
      expect(report.sections.slice(8).every((s) => s.level === 1)).toBe(true);
    });

    it("leaves out the page furniture: navigation tabs, metadata lines and share bar", () => {
      const text = allText(report);
      for (const piece of text) {
        expect(piece).not.toMatch(/^\s|\s$/);
        expect(piece.replace(/[\s\u00a0\u3000]/g, "")).not.toMatch(/^(部门|街镇)$/);
      }
      const joined = text.join("\n");
      for (const furniture of ["部\u00a0\u00a0门", "街\u00a0\u00a0镇", "部  门", "分享文章到", "日期:", "字\u00a0号", "2023-01-09"]) {
        expect(joined).not.toContain(furniture);
      }
    });
  });

  describe("the same report as a Word copy", () => {
    // Full-width （一） and colons, ideographic-space and NBSP indentation, CRLF line ends.
    let indent = 0;
    const wordCopy = fixture
      .replace(/\u00a0/g, "\u3000")
      .replace(/^日期:/m, "日期：")
      .replace(/^字\u3000号:/m, "字\u3000号：")
      .split("\n")
      .map((l) => l.replace(/^\u2002+/, () => (indent++ % 2 === 0 ? "\u3000\u3000" : "\u00a0\u00a0 ")))
      .map((l) => l.replace(/^([\u3000\u00a0 ]*)\(([一二三四五六七八九十]+)\)/, "$1（$2）"))
      .join("\r\n");

    it("really differs from the web copy", () => {
      expect(wordCopy).toContain("\r\n\u3000\u3000（一）学习贯彻");
      expect(wordCopy).toContain("\r\n\u00a0\u00a0 （二）深化");
      expect(wordCopy).toContain("字\u3000号：");
      expect(wordCopy).not.toMatch(/\u2002/);
    });

    it("parses to the same title, date, outline and paragraphs", () => {
      const web = parseReportText(fixture);
      const word = parseReportText(wordCopy);
      expect(word.title).toBe(web.title);
      expect(word.date).toBe("2023-01-09");
      expect(word.docNumber).toBe("");
      expect(word.preamble).toEqual([]);
      expect(word.sections).toEqual(
        web.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => p.replace(/^\((.)\)/, "（$1）")) })),
      );
    });
  });

  describe("metadata and headings", () => {
    it("reads a 字号 and a date written 2023年1月9日", () => {
      const report = parseReportText("某某局2023年法治政府建设年度报告\n成文日期：2024年1月9日\n字号：涪司发〔2024〕3号\n一、主要举措和成效\n正文。");
      expect(report.date).toBe("2024-01-09");
      expect(report.docNumber).toBe("涪司发〔2024〕3号");
      expect(report.sections).toEqual([{ level: 1, title: "主要举措和成效", paragraphs: ["正文。"] }]);
    });

    it("keeps a numbered sentence as a paragraph of the section it belongs to", () => {
      const report = parseReportText("一、存在的不足\n（一）执法力量不足，人员偏少。\n（二）宣传不够\n正文");
      expect(report.sections).toEqual([
        { level: 1, title: "存在的不足", paragraphs: ["（一）执法力量不足，人员偏少。"] },
        { level: 2, title: "宣传不够", paragraphs: ["正文"] },
      ]);
    });

    it("keeps text before the first heading as preamble and never drops it", () => {
      const report = parseReportText("报告\n按照区委要求，现将有关情况报告如下。\n一、基本情况\n正文");
      expect(report.title).toBe("报告");
      expect(report.preamble).toEqual(["按照区委要求，现将有关情况报告如下。"]);
      expect(report.date).toBeNull();
    });
  });
});

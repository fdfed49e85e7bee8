import { parse } from "content-disposition";
import { describe, expect, it } from "vitest";
import { zhenxiReport } from "@/tests/fixtures/zhenxi-report";
import { reportForDocx } from "./build-report-docx";
import { wordContentDisposition, wordETag, wordFileName } from "./word-download";

describe("wordFileName", () => {
  it("names the file after the title", () => {
    expect(wordFileName("重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告")).toBe("重庆市涪陵区珍溪镇人民政府2022年法治政府建设工作年度报告.docx");
  });

  it("turns characters file systems refuse into their full-width forms and drops control characters", () => {
    expect(wordFileName('区司法局2023年"法治"报告/更正版?\n')).toBe("区司法局2023年＂法治＂报告／更正版？.docx");
    expect(wordFileName("  ")).toBe("法治政府建设年度报告.docx");
  });
});

describe("wordContentDisposition", () => {
  it("sends the Chinese name as RFC 5987 filename* and an ASCII name for clients without it", () => {
    const header = wordContentDisposition({ title: "珍溪镇2022年报告", year: 2022, unitSlug: "zhenxi" });
    expect(header).toContain("filename*=UTF-8''");
    expect(header).toContain("filename=report-2022-zhenxi.docx");
    expect(/^[\x20-\x7e]*$/.test(header)).toBe(true);
    // A client that reads RFC 5987 gets the Chinese name (content-disposition 2 also keeps the raw filename*).
    expect(parse(header)).toMatchObject({ type: "attachment", parameters: { filename: "珍溪镇2022年报告.docx" } });
  });
});

describe("wordETag", () => {
  it("is the same for the same text and changes with anything the document shows", () => {
    const report = reportForDocx(zhenxiReport());
    expect(wordETag(report)).toBe(wordETag(reportForDocx(zhenxiReport())));
    expect(wordETag(report)).toMatch(/^"[\w-]{32}"$/);
    const corrected = { ...report, correction: { note: "更正", at: new Date("2023-03-01T00:00:00Z") } };
    const edited = { ...report, sections: report.sections.map((s, i) => (i === 1 ? { ...s, paragraphs: ["改写"] } : s)) };
    expect(new Set([wordETag(report), wordETag(corrected), wordETag(edited)]).size).toBe(3);
  });
});

import { describe, expect, it } from "vitest";
import type { PublishedReport } from "./get-published-report";
import { publishedReportFromJson, publishedReportToJson } from "./report-page-data";

const report: PublishedReport = {
  id: "r1",
  year: 2022,
  title: "珍溪镇2022年法治政府建设年度报告",
  unit: { slug: "zhenxi", name: "重庆市涪陵区珍溪镇人民政府", shortName: "珍溪镇", kind: "TOWN" },
  indexNumber: "11500102/2023-00001",
  publisher: "重庆市涪陵区珍溪镇人民政府",
  docNumber: "",
  documentDate: new Date("2023-01-09T00:00:00.000Z"),
  publishedAt: new Date("2023-01-10T02:00:00.000Z"),
  correctedAt: new Date("2023-02-01T03:00:00.000Z"),
  version: 2,
  isCurrentVersion: true,
  correction: { note: "更正了一处数字", at: new Date("2023-02-01T03:00:00.000Z") },
  withdrawn: null,
  sections: [{ key: "s1", level: 1, number: "一、", title: "基本情况", paragraphs: ["全年换发执法证5人。"], metrics: [] }],
  history: [
    { version: 1, publishedAt: new Date("2023-01-10T02:00:00.000Z"), correctionNote: null, isCurrent: false, isWithdrawn: false, isTextHidden: false },
    { version: 2, publishedAt: new Date("2023-02-01T03:00:00.000Z"), correctionNote: "更正了一处数字", isCurrent: true, isWithdrawn: false, isTextHidden: false },
  ],
  otherYears: [2023],
};

describe("published report as page props", () => {
  it("survives JSON with every date intact", () => {
    const json = JSON.parse(JSON.stringify(publishedReportToJson(report)));
    expect(publishedReportFromJson(json)).toEqual(report);
  });

  it("keeps missing dates missing and a withdrawal's date", () => {
    const withdrawn = { ...report, documentDate: null, correctedAt: null, correction: null, withdrawn: { at: new Date("2023-03-01T00:00:00.000Z"), reason: "含个人信息" } };
    const json = JSON.parse(JSON.stringify(publishedReportToJson(withdrawn)));
    expect(json.documentDate).toBeNull();
    expect(publishedReportFromJson(json)).toEqual(withdrawn);
  });
});

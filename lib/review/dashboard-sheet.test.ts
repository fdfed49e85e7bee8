import { describe, expect, it } from "vitest";
import { dashboardFileNames, dashboardSheet } from "@/lib/review/dashboard-sheet";
import { toDashboardRows } from "@/lib/review/dashboard-rows";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const rows = toDashboardRows(
  [
    { unit: { id: "u1", shortName: "珍溪镇", kind: "TOWN", sortOrder: 1 }, report: { id: "r1", status: "SUBMITTED", submittedAt: new Date("2024-02-20T02:05:00Z"), openComments: 2 }, reminders: { count: 2, lastAt: new Date("2024-02-10T01:00:00Z") } },
    { unit: { id: "u2", shortName: "司法局", kind: "DEPARTMENT", sortOrder: 1 }, report: { id: null, status: "DRAFT", submittedAt: null, openComments: 0 }, reminders: { count: 3, lastAt: new Date("2024-03-03T01:00:00Z") } },
    { unit: { id: "u3", shortName: "财政局", kind: "DEPARTMENT", sortOrder: 2 }, report: { id: "r3", status: "PUBLISHED", submittedAt: null, openComments: 0 }, reminders: { count: 0, lastAt: null } },
  ],
  { internal: day("2024-03-01"), publication: day("2024-03-31") },
  day("2024-03-04"),
);

describe("dashboardSheet", () => {
  const sheet = dashboardSheet({ year: 2023, rows });
  const table = sheet.rows.map((row) => sheet.columns.map((c) => c.value(row)));

  it("has the dashboard's columns", () => {
    expect(sheet.columns.map((c) => c.header)).toEqual(["单位", "类型", "状态", "逾期", "提交时间", "截止类型", "截止日期", "距截止天数", "待处理意见", "已催报次数", "报告链接"]);
  });

  it("writes each row as the page shows it: status and lateness apart, the deadline named, days and reminders as numbers, no link to a draft", () => {
    expect(table).toEqual([
      ["珍溪镇", "街镇", "已提交", null, new Date("2024-02-20T02:05:00Z"), "公开截止", day("2024-03-31"), 27, 2, 2, "/review/reports/r1"],
      ["司法局", "部门", "起草中", "逾期", null, "内部截止", day("2024-03-01"), -3, 0, 3, null],
      ["财政局", "部门", "已发布", null, null, null, null, null, 0, 0, "/review/reports/r3"],
    ]);
  });
});

describe("dashboardFileNames", () => {
  it("names the file after the year, with an ASCII fallback", () => {
    expect(dashboardFileNames(2023, "xlsx")).toEqual({ fileName: "2023年度报告审核状态.xlsx", asciiFallback: "review-status-2023.xlsx" });
  });
});

// The dashboard as a spreadsheet: the rows the page shows, in its order, one column per table
// column plus the unit's kind and the report's path.
import type { Spreadsheet } from "@/lib/export/spreadsheet";
import type { ReviewDashboard } from "@/lib/review/build-dashboard";
import type { DashboardRow } from "@/lib/review/dashboard-rows";
import { bucketLabels, deadlineLabels } from "@/lib/review/dashboard-status";

export const kindLabels = { TOWN: "街镇", DEPARTMENT: "部门" } as const;

export function reportPath(reportId: string): string {
  return `/review/reports/${reportId}`;
}

export function dashboardSheet(dashboard: Pick<ReviewDashboard, "year" | "rows">): Spreadsheet<DashboardRow> {
  return {
    sheetName: `${dashboard.year}年度`,
    rows: dashboard.rows,
    columns: [
      { header: "单位", width: 24, value: (row) => row.unit.shortName },
      { header: "类型", width: 6, value: (row) => kindLabels[row.unit.kind] },
      { header: "状态", width: 10, value: (row) => bucketLabels[row.state.status] },
      { header: "逾期", width: 6, value: (row) => (row.state.isOverdue ? "逾期" : null) },
      { header: "提交时间", width: 18, date: "datetime", value: (row) => row.report?.submittedAt ?? null },
      { header: "截止类型", width: 10, value: (row) => (row.state.deadlineKind ? deadlineLabels[row.state.deadlineKind] : null) },
      { header: "截止日期", width: 12, date: "date", value: (row) => row.state.deadline },
      // A number, so Excel sorts and sums it; empty once the report is out of the workflow.
      { header: "距截止天数", width: 12, value: (row) => row.state.daysLeft },
      { header: "待处理意见", width: 12, value: (row) => row.report?.openComments ?? 0 },
      { header: "已催报次数", width: 12, value: (row) => row.reminders.count },
      { header: "报告链接", width: 40, value: (row) => (row.report?.id ? reportPath(row.report.id) : null) },
    ],
  };
}

/** 2023年度报告审核状态.xlsx, with an ASCII name for clients that ignore filename*. */
export function dashboardFileNames(year: number, format: "csv" | "xlsx"): { fileName: string; asciiFallback: string } {
  return { fileName: `${year}年度报告审核状态.${format}`, asciiFallback: `review-status-${year}.${format}` };
}

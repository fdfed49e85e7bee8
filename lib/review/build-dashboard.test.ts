import { describe, expect, it } from "vitest";
import { buildDashboard, type DashboardSource } from "@/lib/review/build-dashboard";
import { parseDashboardQuery } from "@/lib/review/dashboard-query";
import type { DashboardUnit, UnitKind } from "@/lib/review/dashboard-rows";
import type { ReportStatus } from "@/lib/reports/workflow";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const today = day("2024-03-10");

function unit(shortName: string, kind: UnitKind, sortOrder: number, status?: ReportStatus): DashboardUnit {
  return {
    unit: { id: `id-${shortName}`, shortName, kind, sortOrder },
    report: status ? { id: `r-${shortName}`, status, submittedAt: null, openComments: 0 } : null,
    reminders: { count: 0, lastAt: null },
  };
}

const source: DashboardSource = {
  year: 2023,
  years: [2023, 2022],
  deadlines: { internal: day("2024-03-01"), publication: day("2024-03-31") },
  units: [
    unit("甲镇", "TOWN", 1, "APPROVED"),
    unit("乙镇", "TOWN", 2),
    unit("丙镇", "TOWN", 3, "SUBMITTED"),
    unit("司法局", "DEPARTMENT", 1, "APPROVED"),
    unit("财政局", "DEPARTMENT", 2, "DRAFT"),
  ],
};

describe("buildDashboard", () => {
  it("shows every unit in two tables by default, in the district's order", () => {
    const dashboard = buildDashboard(source, parseDashboardQuery({}), today);
    expect(dashboard.groups.map((g) => [g.kind, g.rows.map((r) => r.unit.shortName)])).toEqual([
      ["TOWN", ["甲镇", "乙镇", "丙镇"]],
      ["DEPARTMENT", ["司法局", "财政局"]],
    ]);
    expect(dashboard.rows.map((r) => r.unit.shortName)).toEqual(["甲镇", "乙镇", "丙镇", "司法局", "财政局"]);
    expect(dashboard).toMatchObject({ year: 2023, totalUnits: 5, unitCount: 5, isFiltered: false, approvedCount: 2, notSubmittedCount: 2, query: { year: 2023 } });
    expect(dashboard.counts).toMatchObject({ APPROVED: 2, SUBMITTED: 1, OVERDUE: 2, NOT_STARTED: 1, DRAFT: 1 });
  });

  it("counts within the kind and name filters but not the status filter, so each total's link lists that many units", () => {
    const dashboard = buildDashboard(source, parseDashboardQuery({ kind: "town", status: "approved" }), today);
    expect(dashboard.counts).toMatchObject({ APPROVED: 1, SUBMITTED: 1, OVERDUE: 1 });
    expect(dashboard.unitCount).toBe(3);
    expect(dashboard.rows.map((r) => r.unit.shortName)).toEqual(["甲镇"]);
    const overdue = buildDashboard(source, parseDashboardQuery({ kind: "town", status: "overdue" }), today);
    expect(overdue.rows).toHaveLength(dashboard.counts.OVERDUE);
  });

  it("says when nothing matches, and still knows the district's size", () => {
    const dashboard = buildDashboard(source, parseDashboardQuery({ q: "不存在" }), today);
    expect(dashboard.rows).toEqual([]);
    expect(dashboard.groups.every((g) => g.rows.length === 0)).toBe(true);
    expect(dashboard).toMatchObject({ isFiltered: true, totalUnits: 5, unitCount: 0 });
  });

  it("keeps overdue reports in their status's total and the batch-publish count", () => {
    const late = buildDashboard(source, parseDashboardQuery({}), day("2024-04-05"));
    expect(late.counts).toMatchObject({ APPROVED: 2, SUBMITTED: 1, OVERDUE: 5 });
    expect(late.approvedCount).toBe(2);
    expect(buildDashboard(source, parseDashboardQuery({ status: "submitted" }), day("2024-04-05")).rows.map((r) => r.unit.shortName)).toEqual(["丙镇"]);
  });

  it("counts the units 催报全部 reaches across the district, whatever the filters", () => {
    const dashboard = buildDashboard(source, parseDashboardQuery({ kind: "department", status: "approved" }), today);
    expect(dashboard.rows.map((r) => r.unit.shortName)).toEqual(["司法局"]);
    // 乙镇 (no report) and 财政局 (draft).
    expect(dashboard.notSubmittedCount).toBe(2);
  });

  it("resolves the year it shows into the query, for the links", () => {
    expect(buildDashboard(source, parseDashboardQuery({ year: "1999" }), today).query.year).toBe(2023);
  });
});

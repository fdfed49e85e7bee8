import { describe, expect, it } from "vitest";
import { countBuckets, filterRows, groupByKind, sortRows, toDashboardRows, type DashboardUnit, type UnitKind } from "@/lib/review/dashboard-rows";
import type { ReportStatus } from "@/lib/reports/workflow";
import type { YearDeadlines } from "@/lib/review/dashboard-status";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const deadlines: YearDeadlines = { internal: day("2024-03-01"), publication: day("2024-03-31") };
// Between the two deadlines: units that have not submitted are overdue, the rest are not.
const today = day("2024-03-10");

function unit(shortName: string, kind: UnitKind, sortOrder: number, report?: { status: ReportStatus; submittedAt?: string; openComments?: number }): DashboardUnit {
  return {
    unit: { id: `id-${shortName}`, shortName, kind, sortOrder },
    report: report
      ? { id: `r-${shortName}`, status: report.status, submittedAt: report.submittedAt ? new Date(report.submittedAt) : null, openComments: report.openComments ?? 0 }
      : null,
    reminders: { count: 0, lastAt: null },
  };
}

const units = [
  unit("乙镇", "TOWN", 2, { status: "SUBMITTED", submittedAt: "2024-02-20T02:00:00Z", openComments: 0 }),
  unit("甲镇", "TOWN", 1),
  unit("丙镇", "TOWN", 3, { status: "DRAFT" }),
  unit("丁街道", "TOWN", 3, { status: "RETURNED", submittedAt: "2024-02-10T02:00:00Z", openComments: 3 }),
  unit("司法局", "DEPARTMENT", 1, { status: "APPROVED", submittedAt: "2024-02-25T02:00:00Z", openComments: 1 }),
  unit("财政局", "DEPARTMENT", 2, { status: "PUBLISHED", submittedAt: "2024-02-01T02:00:00Z" }),
  unit("教育局", "DEPARTMENT", 3, { status: "WITHDRAWN", submittedAt: "2024-01-15T02:00:00Z" }),
];
const rows = toDashboardRows(units, deadlines, today);
const names = (list: typeof rows) => list.map((r) => r.unit.shortName);

describe("countBuckets", () => {
  it("counts each unit in its status, and the overdue ones in OVERDUE as well", () => {
    const counts = countBuckets(rows);
    expect(counts).toEqual({ NOT_STARTED: 1, DRAFT: 1, AWAITING_SIGNOFF: 0, SUBMITTED: 1, RETURNED: 1, APPROVED: 1, PUBLISHED: 1, WITHDRAWN: 1, OVERDUE: 3 });
    const { OVERDUE, ...byStatus } = counts;
    expect(Object.values(byStatus).reduce((a, b) => a + b, 0)).toBe(units.length);
    expect(OVERDUE).toBe(3);
  });

  it("keeps a late submission in 已提交 while it waits for review", () => {
    const late = toDashboardRows(units, deadlines, day("2024-04-05"));
    expect(countBuckets(late)).toMatchObject({ SUBMITTED: 1, APPROVED: 1, OVERDUE: 5 });
  });

  it("gives every bucket a zero when there are no units", () => {
    expect(Object.values(countBuckets([]))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("counts a report with the unit's head in 待单位审签, and overdue by the internal deadline: the district has not got it", () => {
    const signOff = toDashboardRows([unit("戊镇", "TOWN", 1, { status: "AWAITING_SIGNOFF" })], deadlines, today);
    expect(countBuckets(signOff)).toMatchObject({ AWAITING_SIGNOFF: 1, OVERDUE: 1 });
  });

  it("fills each status's own bucket before the deadlines", () => {
    const early = toDashboardRows(units, deadlines, day("2024-01-01"));
    expect(countBuckets(early)).toEqual({ NOT_STARTED: 1, DRAFT: 1, AWAITING_SIGNOFF: 0, SUBMITTED: 1, RETURNED: 1, APPROVED: 1, PUBLISHED: 1, WITHDRAWN: 1, OVERDUE: 0 });
  });
});

describe("filterRows", () => {
  it("filters by unit kind", () => {
    expect(names(filterRows(rows, { kind: "department", q: "" }))).toEqual(["司法局", "财政局", "教育局"]);
    expect(filterRows(rows, { kind: "town", q: "" })).toHaveLength(4);
    expect(filterRows(rows, { kind: "all", q: "" })).toHaveLength(7);
  });

  it("filters by status whether overdue or not, OVERDUE holding the overdue units whatever their status", () => {
    expect(names(filterRows(rows, { kind: "all", q: "", status: "OVERDUE" }))).toEqual(["甲镇", "丙镇", "丁街道"]);
    expect(names(filterRows(rows, { kind: "all", q: "", status: "DRAFT" }))).toEqual(["丙镇"]);
    expect(names(filterRows(rows, { kind: "all", q: "", status: "SUBMITTED" }))).toEqual(["乙镇"]);
  });

  it("filters by a part of the unit's name, ignoring Latin case", () => {
    expect(names(filterRows(rows, { kind: "all", q: "局" }))).toEqual(["司法局", "财政局", "教育局"]);
    expect(names(filterRows(rows, { kind: "town", q: "街道" }))).toEqual(["丁街道"]);
    const latin = toDashboardRows([unit("XX新区", "TOWN", 1)], deadlines, today);
    expect(filterRows(latin, { kind: "all", q: "xx" })).toHaveLength(1);
  });

  it("combines the filters", () => {
    expect(names(filterRows(rows, { kind: "department", q: "局", status: "APPROVED" }))).toEqual(["司法局"]);
    expect(filterRows(rows, { kind: "town", q: "局" })).toEqual([]);
  });
});

describe("sortRows", () => {
  it("keeps the district's order by default: 街镇 first, then sort order, then pinyin (丙 bǐng before 丁 dīng)", () => {
    expect(names(sortRows(rows, "unit", "asc"))).toEqual(["甲镇", "乙镇", "丙镇", "丁街道", "司法局", "财政局", "教育局"]);
    expect(names(sortRows(rows, "unit", "desc"))).toEqual(["教育局", "财政局", "司法局", "丁街道", "丙镇", "乙镇", "甲镇"]);
  });

  it("sorts by status in the totals' order, the overdue of a status first, ties in the district's order", () => {
    expect(names(sortRows(rows, "status", "asc"))).toEqual(["甲镇", "丙镇", "乙镇", "丁街道", "司法局", "财政局", "教育局"]);
    expect(names(sortRows(rows, "status", "desc"))).toEqual(["教育局", "财政局", "司法局", "丁街道", "乙镇", "丙镇", "甲镇"]);
    const late = toDashboardRows([unit("早镇", "TOWN", 1, { status: "DRAFT" }), unit("晚镇", "TOWN", 2, { status: "DRAFT" })], { internal: day("2024-03-01"), publication: day("2024-03-31") }, today);
    expect(names(sortRows(late, "status", "asc"))).toEqual(["早镇", "晚镇"]);
  });

  it("sorts by submission time with the never-submitted last either way", () => {
    expect(names(sortRows(rows, "submitted", "asc"))).toEqual(["教育局", "财政局", "丁街道", "乙镇", "司法局", "甲镇", "丙镇"]);
    expect(names(sortRows(rows, "submitted", "desc"))).toEqual(["司法局", "乙镇", "丁街道", "财政局", "教育局", "甲镇", "丙镇"]);
  });

  it("sorts by days left, most overdue first, with no-deadline rows last either way", () => {
    // 甲镇, 丙镇, 丁街道: -9; 乙镇, 司法局: 21; 财政局, 教育局: none.
    expect(names(sortRows(rows, "days", "asc"))).toEqual(["甲镇", "丙镇", "丁街道", "乙镇", "司法局", "财政局", "教育局"]);
    expect(names(sortRows(rows, "days", "desc"))).toEqual(["乙镇", "司法局", "甲镇", "丙镇", "丁街道", "财政局", "教育局"]);
  });

  it("sorts by open comments, no report counting as none", () => {
    expect(names(sortRows(rows, "comments", "desc"))).toEqual(["丁街道", "司法局", "甲镇", "乙镇", "丙镇", "财政局", "教育局"]);
    expect(names(sortRows(rows, "comments", "asc")).slice(-2)).toEqual(["司法局", "丁街道"]);
  });

  it("does not reorder its input", () => {
    const before = names(rows);
    sortRows(rows, "comments", "desc");
    expect(names(rows)).toEqual(before);
  });
});

describe("groupByKind", () => {
  it("splits 街镇 and 部门 when both are shown, keeping the sort inside each", () => {
    const sorted = sortRows(rows, "submitted", "desc");
    const groups = groupByKind(sorted, "all");
    expect(groups.map((g) => g.kind)).toEqual(["TOWN", "DEPARTMENT"]);
    expect(names(groups[0].rows)).toEqual(["乙镇", "丁街道", "甲镇", "丙镇"]);
    expect(names(groups[1].rows)).toEqual(["司法局", "财政局", "教育局"]);
  });

  it("shows only the chosen kind", () => {
    expect(groupByKind(rows, "department").map((g) => g.kind)).toEqual(["DEPARTMENT"]);
  });
});

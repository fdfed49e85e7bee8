import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseCalendarDate } from "@/lib/dates";
import type { ReportStatus } from "@/lib/reports/workflow";
import { addComment } from "@/lib/reports/add-comment";
import { parseDashboardQuery } from "@/lib/review/dashboard-query";
import { getReviewDashboard } from "@/lib/review/get-review-dashboard";
import { exportReviewDashboard } from "@/lib/review/export-review-dashboard";
import { createDistrict, createReport, createUnit, createUser, createWorld, createYear, type World } from "../factories";
import { expectAppError } from "./helpers";

// createYear(2024) sets the internal deadline to 2025-03-01 and the publication deadline to
// 2025-03-31 (UTC midnight). `now` is a moment; China's day is what counts (UTC+8).
const beforeDeadlines = new Date("2025-02-10T04:00:00Z");
const betweenDeadlines = new Date("2025-03-10T04:00:00Z");
const afterDeadlines = new Date("2025-04-05T04:00:00Z");

const query = (params: Record<string, string> = {}) => parseDashboardQuery({ year: "2024", ...params });

async function reportFor(world: World, unitId: string, status: ReportStatus, options: { submittedAt?: Date; openComments?: number; answeredComments?: number } = {}) {
  const report = await db.report.create({
    data: { unitId, yearId: world.reportingYear.id, status, title: `报告${status}`, submittedAt: options.submittedAt ?? null },
    select: { id: true },
  });
  const comment = (commentStatus: "OPEN" | "ANSWERED") => ({ reportId: report.id, body: "请补充。", status: commentStatus, authorId: world.reviewer.id });
  for (let i = 0; i < (options.openComments ?? 0); i++) await db.reviewComment.create({ data: comment("OPEN") });
  for (let i = 0; i < (options.answeredComments ?? 0); i++) await db.reviewComment.create({ data: comment("ANSWERED") });
  return report.id;
}

describe("the reviewer's year dashboard", () => {
  let world: World;
  const ids: Record<string, string> = {};
  const reports: Record<string, string> = {};

  beforeAll(async () => {
    world = await createWorld({ year: 2024 });
    const d = world.district.id;
    // world.unit has a draft made through the real commands; world.otherUnit has none.
    ids.draft = world.unit.id;
    reports.draft = (await createReport(world)).id;
    ids.none = world.otherUnit.id;
    for (const [key, kind] of [["submitted", "TOWN"], ["returned", "TOWN"], ["approved", "DEPARTMENT"], ["published", "DEPARTMENT"], ["withdrawn", "DEPARTMENT"]] as const) {
      ids[key] = (await createUnit({ districtId: d, kind, shortName: `${key}单位${world.district.code}` })).id;
    }
    reports.submitted = await reportFor(world, ids.submitted, "SUBMITTED", { submittedAt: new Date("2025-02-01T01:00:00Z") });
    reports.returned = await reportFor(world, ids.returned, "RETURNED", { submittedAt: new Date("2025-01-20T01:00:00Z"), openComments: 2, answeredComments: 1 });
    reports.approved = await reportFor(world, ids.approved, "APPROVED", { submittedAt: new Date("2025-01-25T01:00:00Z"), answeredComments: 3 });
    reports.published = await reportFor(world, ids.published, "PUBLISHED", { submittedAt: new Date("2025-01-05T01:00:00Z") });
    reports.withdrawn = await reportFor(world, ids.withdrawn, "WITHDRAWN", { submittedAt: new Date("2025-01-06T01:00:00Z") });
    // A comment through the real command, on the submitted report.
    await addComment({ actor: world.reviewer, input: { reportId: reports.submitted, sectionKey: null, body: "请补充执法数据。" } });

    // Left out: an inactive unit (even with a report), and everything of another district.
    const inactive = await createUnit({ districtId: d, kind: "TOWN" });
    await db.unit.update({ where: { id: inactive.id }, data: { isActive: false } });
    await reportFor(world, inactive.id, "SUBMITTED");
    const elsewhere = await createDistrict();
    const elsewhereYear = await createYear({ districtId: elsewhere.id, year: 2024 });
    const foreign = await createUnit({ districtId: elsewhere.id, kind: "TOWN" });
    await db.report.create({ data: { unitId: foreign.id, yearId: elsewhereYear.id, status: "SUBMITTED", title: "外区报告" } });
    await createYear({ districtId: d, year: 2023 });
  });

  it("lists every active unit of the district once, and nothing of another district", async () => {
    const dashboard = await getReviewDashboard({ actor: world.reviewer, query: query(), now: beforeDeadlines });
    expect(dashboard?.rows.map((r) => r.unit.id).sort()).toEqual(Object.values(ids).sort());
    expect(dashboard?.totalUnits).toBe(7);
  });

  it("counts each status in its own bucket before the deadlines", async () => {
    const dashboard = await getReviewDashboard({ actor: world.reviewer, query: query(), now: beforeDeadlines });
    expect(dashboard?.counts).toEqual({ NOT_STARTED: 1, DRAFT: 1, AWAITING_SIGNOFF: 0, SUBMITTED: 1, RETURNED: 1, APPROVED: 1, PUBLISHED: 1, WITHDRAWN: 1, OVERDUE: 0 });
  });

  it("flags units that have not submitted overdue after the internal deadline, the rest after the publication deadline, each still in its status", async () => {
    const between = await getReviewDashboard({ actor: world.reviewer, query: query(), now: betweenDeadlines });
    expect(between?.counts).toEqual({ NOT_STARTED: 1, DRAFT: 1, AWAITING_SIGNOFF: 0, SUBMITTED: 1, RETURNED: 1, APPROVED: 1, PUBLISHED: 1, WITHDRAWN: 1, OVERDUE: 3 });
    const draft = between?.rows.find((r) => r.unit.id === ids.draft);
    expect(draft?.state).toMatchObject({ status: "DRAFT", isOverdue: true, deadlineKind: "INTERNAL", daysLeft: -9 });
    expect(between?.rows.find((r) => r.unit.id === ids.submitted)?.state).toMatchObject({ status: "SUBMITTED", isOverdue: false, deadlineKind: "PUBLICATION", daysLeft: 21 });

    // A late submission still waits for review: 已提交 keeps counting it.
    const after = await getReviewDashboard({ actor: world.reviewer, query: query(), now: afterDeadlines });
    expect(after?.counts).toEqual({ NOT_STARTED: 1, DRAFT: 1, AWAITING_SIGNOFF: 0, SUBMITTED: 1, RETURNED: 1, APPROVED: 1, PUBLISHED: 1, WITHDRAWN: 1, OVERDUE: 5 });
    expect(after?.approvedCount).toBe(1);
    const submitted = await getReviewDashboard({ actor: world.reviewer, query: query({ status: "submitted" }), now: afterDeadlines });
    expect(submitted?.rows.map((r) => [r.unit.id, r.state.isOverdue])).toEqual([[ids.submitted, true]]);
  });

  it("measures everything against the publication deadline when the year has no internal one", async () => {
    await db.reportingYear.update({ where: { id: world.reportingYear.id }, data: { internalDeadline: null } });
    try {
      const between = await getReviewDashboard({ actor: world.reviewer, query: query(), now: betweenDeadlines });
      expect(between?.counts.OVERDUE).toBe(0);
      expect(between?.deadlines.internal).toBeNull();
      expect(between?.rows.find((r) => r.unit.id === ids.none)?.state.daysLeft).toBe(21);
    } finally {
      await db.reportingYear.update({ where: { id: world.reportingYear.id }, data: { internalDeadline: parseCalendarDate("2025-03-01") } });
    }
  });

  it("counts a report with the unit's head in 待单位审签, and overdue by the internal deadline", async () => {
    const unit = await createUnit({ districtId: world.district.id });
    const report = await reportFor(world, unit.id, "AWAITING_SIGNOFF");
    try {
      const between = await getReviewDashboard({ actor: world.reviewer, query: query({ status: "awaiting-signoff" }), now: betweenDeadlines });
      expect(between?.rows.map((r) => [r.unit.id, r.state.isOverdue, r.state.deadlineKind, r.report?.id])).toEqual([[unit.id, true, "INTERNAL", null]]);
      expect(between?.counts).toMatchObject({ AWAITING_SIGNOFF: 1, OVERDUE: 4 });
      expect(between?.notSubmittedCount).toBe(4);
    } finally {
      await db.report.delete({ where: { id: report } });
      await db.unit.update({ where: { id: unit.id }, data: { isActive: false } });
    }
  });

  it("gives every unit its reminders, none before the first", async () => {
    const dashboard = await getReviewDashboard({ actor: world.reviewer, query: query(), now: beforeDeadlines });
    expect(dashboard?.rows.every((r) => r.reminders.count === 0 && r.reminders.lastAt === null)).toBe(true);
  });

  it("counts only open comments, and gives a report's link only where the reviewer may open it", async () => {
    const dashboard = await getReviewDashboard({ actor: world.reviewer, query: query(), now: beforeDeadlines });
    const row = (key: string) => dashboard?.rows.find((r) => r.unit.id === ids[key]);
    expect(row("returned")?.report).toMatchObject({ id: reports.returned, status: "RETURNED", openComments: 2 });
    expect(row("approved")?.report).toMatchObject({ id: reports.approved, openComments: 0 });
    expect(row("submitted")?.report).toMatchObject({ id: reports.submitted, openComments: 1, submittedAt: new Date("2025-02-01T01:00:00Z") });
    expect(row("draft")?.report).toEqual({ id: null, status: "DRAFT", submittedAt: null, openComments: 0 });
    expect(row("none")?.report).toBeNull();
  });

  it("filters and sorts in the database's rows as the query says", async () => {
    const departments = await getReviewDashboard({ actor: world.reviewer, query: query({ kind: "department", sort: "submitted", dir: "desc" }), now: beforeDeadlines });
    expect(departments?.rows.map((r) => r.unit.id)).toEqual([ids.approved, ids.withdrawn, ids.published]);
    expect(departments?.groups.map((g) => g.kind)).toEqual(["DEPARTMENT"]);
    const byName = await getReviewDashboard({ actor: world.reviewer, query: query({ q: `returned单位` }), now: beforeDeadlines });
    expect(byName?.rows.map((r) => r.unit.id)).toEqual([ids.returned]);
    const overdue = await getReviewDashboard({ actor: world.reviewer, query: query({ status: "overdue" }), now: betweenDeadlines });
    expect(overdue?.rows.map((r) => r.unit.id).sort()).toEqual([ids.draft, ids.none, ids.returned].sort());
  });

  it("lists the district's years latest first and shows the latest when none or an unknown one is asked for", async () => {
    const latest = await getReviewDashboard({ actor: world.reviewer, query: parseDashboardQuery({ year: "1990" }), now: beforeDeadlines });
    expect(latest).toMatchObject({ year: 2024, years: [2024, 2023] });
    const older = await getReviewDashboard({ actor: world.reviewer, query: parseDashboardQuery({ year: "2023" }), now: beforeDeadlines });
    expect(older?.year).toBe(2023);
    // 2023's deadlines (2024) are long past and no unit has a 2023 report.
    expect(older?.counts.OVERDUE).toBe(7);
    expect(older?.rows.every((r) => r.state.status === "NOT_STARTED")).toBe(true);
  });

  it("is open to the admin but refused to a clerk", async () => {
    expect((await getReviewDashboard({ actor: world.admin, query: query(), now: beforeDeadlines }))?.totalUnits).toBe(7);
    await expectAppError(getReviewDashboard({ actor: world.clerk, query: query() }), "FORBIDDEN");
  });

  it("gives null for a district without reporting years", async () => {
    const empty = await createDistrict();
    const reviewer = await createUser({ districtId: empty.id, role: "REVIEWER" });
    expect(await getReviewDashboard({ actor: reviewer, query: query() })).toBeNull();
  });

  describe("export", () => {
    it("writes the rows the page shows and audits who took them", async () => {
      const before = await db.auditEvent.count({ where: { kind: "DATA_EXPORTED", actorId: world.reviewer.id } });
      const file = await exportReviewDashboard({ actor: world.reviewer, query: query({ kind: "town" }), format: "csv", now: beforeDeadlines });
      expect(file).toMatchObject({ fileName: "2024年度报告审核状态.csv", contentType: "text/csv; charset=utf-8", rows: 4 });
      const text = file!.body.toString("utf8");
      expect(text.startsWith("\uFEFF单位,类型,状态,逾期,提交时间,截止类型,截止日期,距截止天数,待处理意见,已催报次数,报告链接")).toBe(true);
      const lines = text.trim().split(/\r?\n/);
      expect(lines).toHaveLength(5);
      expect(lines.some((l) => l.includes(`/review/reports/${reports.submitted}`))).toBe(true);
      expect(lines.some((l) => l.includes(reports.draft))).toBe(false);

      const events = await db.auditEvent.findMany({ where: { kind: "DATA_EXPORTED", actorId: world.reviewer.id }, select: { districtId: true, data: true } });
      expect(events).toHaveLength(before + 1);
      expect(events.at(-1)).toEqual({ districtId: world.district.id, data: { what: "dashboard", year: 2024, format: "csv", rows: 4 } });
    });

    it("refuses a clerk and records no export", async () => {
      await expectAppError(exportReviewDashboard({ actor: world.clerk, query: query(), format: "xlsx" }), "FORBIDDEN");
      expect(await db.auditEvent.count({ where: { kind: "DATA_EXPORTED", actorId: world.clerk.id } })).toBe(0);
    });
  });
});

describe("the dashboard with no units", () => {
  it("says the district has none rather than failing", async () => {
    const district = await createDistrict();
    await createYear({ districtId: district.id, year: 2024 });
    const reviewer = await createUser({ districtId: district.id, role: "REVIEWER" });
    const dashboard = await getReviewDashboard({ actor: reviewer, query: query() });
    expect(dashboard).toMatchObject({ totalUnits: 0, rows: [], isFiltered: false });
  });
});


describe("the dashboard's default year", () => {
  it("opens on the reporting cycle of the day, not on a later year opened early", async () => {
    const district = await createDistrict();
    for (const year of [2025, 2026, 2027]) await createYear({ districtId: district.id, year });
    const reviewer = await createUser({ districtId: district.id, role: "REVIEWER" });
    const open = (now: string) => getReviewDashboard({ actor: reviewer, query: parseDashboardQuery({}), now: new Date(now) });
    expect((await open("2026-12-04T04:00:00Z"))?.year).toBe(2026);
    expect((await open("2027-03-31T04:00:00Z"))?.year).toBe(2026);
    expect((await open("2027-04-02T04:00:00Z"))?.year).toBe(2027);
    // No year for the cycle of the day (2029): the latest one, as before.
    expect((await open("2029-12-04T04:00:00Z"))?.year).toBe(2027);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { loadStatusFlow } from "@/lib/charts/load-status-flow";
import { renderStatusFlowChart } from "@/lib/charts/render-status-flow-chart";
import { createReport, createUnit, createWorld, createYear, type World } from "../factories";
import { expectAppError } from "./helpers";

// createWorld(2024): internal deadline 2025-03-01, so with 3 weeks the columns end (China
// midnight, UTC+8) at 02-08, 02-15, 02-22 and 03-01, each 16:00 UTC.
const at = (iso: string) => new Date(iso);

async function moveEvent(reportId: string, kind: string, createdAt: Date) {
  const { count } = await db.auditEvent.updateMany({ where: { reportId, kind }, data: { createdAt } });
  expect(count).toBe(1);
}

async function reportWithEvents(world: World, unitId: string, yearId: string, events: [kind: string, createdAt: Date][]) {
  const report = await db.report.create({ data: { unitId, yearId, status: "SUBMITTED", title: "报告" }, select: { id: true } });
  for (const [kind, createdAt] of events) {
    await db.auditEvent.create({ data: { kind, reportId: report.id, districtId: world.district.id, actorId: world.reviewer.id, createdAt } });
  }
}

// Set, not today: the columns are the weeks before the deadline once it has passed.
const afterDeadline = new Date("2030-01-01T00:00:00Z");

describe("loadStatusFlow", () => {
  let world: World;

  beforeAll(async () => {
    world = await createWorld({ year: 2024 });
    // world.unit goes all the way through the real commands; its events are then dated.
    const { id, version } = await createReport(world, { submit: true });
    await approveReport({ actor: world.reviewer, reportId: id, version });
    await publishReport({ actor: world.reviewer, reportId: id, version: version + 1 });
    await moveEvent(id, "REPORT_SUBMITTED", at("2025-02-03T02:00:00Z"));
    await moveEvent(id, "REPORT_APPROVED", at("2025-02-12T02:00:00Z"));
    await moveEvent(id, "REPORT_PUBLISHED", at("2025-02-27T02:00:00Z"));

    const { reportingYear, district } = world;
    // Signed off by its head on the deadline day at 23:30 China time: in time.
    await reportWithEvents(world, world.otherUnit.id, reportingYear.id, [["REPORT_SIGNED_OFF", at("2025-03-01T15:30:00Z")]]);
    // Submitted, returned, submitted again: one unit, counted once.
    const third = await createUnit({ districtId: district.id });
    await reportWithEvents(world, third.id, reportingYear.id, [
      ["REPORT_SUBMITTED", at("2025-02-14T02:00:00Z")],
      ["REPORT_RETURNED", at("2025-02-16T02:00:00Z")],
      ["REPORT_SUBMITTED", at("2025-02-20T02:00:00Z")],
    ]);
    // Submitted after the deadline: in no column.
    const late = await createUnit({ districtId: district.id });
    await reportWithEvents(world, late.id, reportingYear.id, [["REPORT_SUBMITTED", at("2025-03-01T16:00:00Z")]]);
    // Another year's report of the same unit: not this year's flow.
    const otherYear = await createYear({ districtId: district.id, year: 2023 });
    await reportWithEvents(world, third.id, otherYear.id, [["REPORT_APPROVED", at("2025-02-10T02:00:00Z")]]);
  });

  it("counts, per week before the deadline, where each unit's report had got to", async () => {
    const flow = await loadStatusFlow({ actor: world.reviewer, year: 2024, weeks: 3, now: afterDeadline });
    expect(flow).not.toBeNull();
    expect(flow!.deadline.toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect(flow!.weeks).toEqual(["截止前3周", "截止前2周", "截止前1周", "截止日"]);
    expect(flow!.weekEnds.map((d) => d.toISOString())).toEqual([
      "2025-02-08T16:00:00.000Z",
      "2025-02-15T16:00:00.000Z",
      "2025-02-22T16:00:00.000Z",
      "2025-03-01T16:00:00.000Z",
    ]);
    expect(flow!.series.map((s) => [s.label, s.counts])).toEqual([
      ["已提交", [1, 1, 1, 2]],
      ["已审核通过", [0, 1, 1, 0]],
      ["已发布", [0, 0, 0, 1]],
    ]);
    expect(flow!.series.map((s) => s.reached)).toEqual([
      [1, 2, 2, 3],
      [0, 1, 1, 1],
      [0, 0, 0, 1],
    ]);
  });

  it("feeds the stacked chart directly", async () => {
    const flow = (await loadStatusFlow({ actor: world.admin, year: 2024, weeks: 3, now: afterDeadline }))!;
    const { table } = renderStatusFlowChart({ title: "2024年度报告进度", ...flow });
    expect(table.rows.at(-1)).toEqual(["截止日", 2, 0, 1, 3]);
  });

  it("uses the publication deadline when the district set no internal one", async () => {
    await db.reportingYear.update({ where: { id: world.reportingYear.id }, data: { internalDeadline: null } });
    try {
      const flow = (await loadStatusFlow({ actor: world.reviewer, year: 2024, weeks: 1, now: afterDeadline }))!;
      expect(flow.deadline.toISOString()).toBe("2025-03-31T00:00:00.000Z");
      // By 2025-03-31 the late unit had submitted too.
      expect(flow.series.map((s) => s.reached[1])).toEqual([4, 1, 1]);
    } finally {
      await db.reportingYear.update({ where: { id: world.reportingYear.id }, data: { internalDeadline: world.reportingYear.internalDeadline } });
    }
  });

  it("returns null for a year the district does not have", async () => {
    expect(await loadStatusFlow({ actor: world.reviewer, year: 1999 })).toBeNull();
  });

  it("is refused to a clerk", async () => {
    await expectAppError(loadStatusFlow({ actor: world.clerk, year: 2024 }), "FORBIDDEN");
  });
});

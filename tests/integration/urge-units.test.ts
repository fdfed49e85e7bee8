import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ReportStatus } from "@/lib/reports/workflow";
import { urgeUnits } from "@/lib/reminders/urge-units";
import { urgeSchema } from "@/lib/notifications/schemas";
import { parseDashboardQuery } from "@/lib/review/dashboard-query";
import { getReviewDashboard } from "@/lib/review/get-review-dashboard";
import { exportReviewDashboard } from "@/lib/review/export-review-dashboard";
import { createReport, createUnit, createUser, createWorld, type World } from "../factories";
import { expectAppError } from "./helpers";

// createYear(2024): internal deadline 2025-03-01, publication 2025-03-31.
const beforeDeadlines = new Date("2025-02-10T04:00:00Z");

/** A report of the world's year in this status, written straight to the table (the workflow is tested elsewhere). */
async function reportWith(world: World, unitId: string, status: ReportStatus) {
  return db.report.create({ data: { unitId, yearId: world.reportingYear.id, status, title: `报告${status}` }, select: { id: true } });
}

/** A third unit of the world, with its clerk. */
async function unitWithClerk(world: World) {
  const unit = await createUnit({ districtId: world.district.id });
  const clerk = await createUser({ districtId: world.district.id, role: "CLERK", unitId: unit.id });
  return { unit, clerk };
}

function urgedNotes(userIds: string[]) {
  return db.notification.findMany({ where: { kind: "URGED", userId: { in: userIds } }, orderBy: { createdAt: "asc" }, select: { userId: true, reportId: true, actorId: true, title: true, body: true, link: true } });
}

function urgeLogs(world: World) {
  return db.reminderLog.findMany({ where: { yearId: world.reportingYear.id, kind: "URGE" }, orderBy: { createdAt: "asc" }, select: { id: true, unitId: true, actorId: true, message: true } });
}

function urgeEvents(world: World) {
  return db.auditEvent.findMany({ where: { districtId: world.district.id, kind: "REPORT_URGED" }, orderBy: { createdAt: "asc" }, select: { actorId: true, reportId: true, targetId: true, data: true } });
}

/** Everything a 催报 writes, counted, so a refusal can be shown to write none of it. */
async function writtenBy(world: World) {
  const [logs, events, notes] = await Promise.all([
    db.reminderLog.count({ where: { yearId: world.reportingYear.id } }),
    db.auditEvent.count({ where: { districtId: world.district.id, kind: "REPORT_URGED" } }),
    db.notification.count({ where: { kind: "URGED", user: { districtId: world.district.id } } }),
  ]);
  return { logs, events, notes };
}

describe("urgeUnits", () => {
  it("urges one unit: a log row, an audit event and a notification for its clerk and head, nobody else", async () => {
    const world = await createWorld();
    const head = await createUser({ districtId: world.district.id, role: "UNIT_HEAD", unitId: world.unit.id });
    const otherHead = await createUser({ districtId: world.district.id, role: "UNIT_HEAD", unitId: world.otherUnit.id });
    const draft = await createReport(world);

    const input = urgeSchema.parse({ year: "2024", target: world.unit.id, message: "  请于本周五前报送。 " });
    expect(await urgeUnits({ actor: world.reviewer, input })).toEqual({ urged: 1 });

    const logs = await urgeLogs(world);
    expect(logs).toEqual([{ id: expect.any(String), unitId: world.unit.id, actorId: world.reviewer.id, message: "请于本周五前报送。" }]);
    expect(await urgeEvents(world)).toEqual([
      { actorId: world.reviewer.id, reportId: draft.id, targetId: logs[0].id, data: { unitId: world.unit.id, year: 2024, message: "请于本周五前报送。", all: false } },
    ]);

    const notes = await urgedNotes([world.clerk.id, head.id]);
    expect(notes.map((n) => n.userId).sort()).toEqual([world.clerk.id, head.id].sort());
    for (const note of notes) {
      expect(note).toMatchObject({ reportId: draft.id, actorId: world.reviewer.id, body: "请于本周五前报送。", link: `/workspace/reports/${draft.id}` });
      expect(note.title).toContain("2024年度");
    }
    expect(await urgedNotes([world.otherClerk.id, otherHead.id, world.reviewer.id, world.admin.id])).toEqual([]);
  });

  it("urges a unit that has no report yet, pointing its clerk to the workspace", async () => {
    const world = await createWorld();
    expect(await urgeUnits({ actor: world.reviewer, input: urgeSchema.parse({ year: 2024, target: world.otherUnit.id }) })).toEqual({ urged: 1 });
    expect(await urgedNotes([world.otherClerk.id])).toEqual([expect.objectContaining({ reportId: null, body: "", link: "/workspace" })]);
    // No 附言: none kept, none sent.
    expect((await urgeLogs(world)).map((l) => l.message)).toEqual([null]);
    expect((await urgeEvents(world))[0]?.data).toMatchObject({ message: null });
    expect(await urgedNotes([world.clerk.id])).toEqual([]);
  });

  it('urges with "late" only the units that have not submitted: no report, a draft, returned, or with the head', async () => {
    const world = await createWorld();
    await createReport(world);
    const returned = await unitWithClerk(world);
    await reportWith(world, returned.unit.id, "RETURNED");
    const signOff = await unitWithClerk(world);
    await reportWith(world, signOff.unit.id, "AWAITING_SIGNOFF");
    const done = await Promise.all((["SUBMITTED", "APPROVED", "PUBLISHED"] as const).map(async (status) => {
      const unit = await unitWithClerk(world);
      await reportWith(world, unit.unit.id, status);
      return unit;
    }));

    const input = urgeSchema.parse({ year: "2024", target: "late", message: "请抓紧。" });
    expect(await urgeUnits({ actor: world.reviewer, input })).toEqual({ urged: 4 });

    const late = [world.unit.id, world.otherUnit.id, returned.unit.id, signOff.unit.id];
    expect((await urgeLogs(world)).map((l) => l.unitId).sort()).toEqual([...late].sort());
    const events = await urgeEvents(world);
    expect(events).toHaveLength(4);
    expect(events.every((e) => (e.data as { all: boolean }).all)).toBe(true);
    const lateClerks = [world.clerk.id, world.otherClerk.id, returned.clerk.id, signOff.clerk.id];
    expect((await urgedNotes(lateClerks)).map((n) => n.userId).sort()).toEqual([...lateClerks].sort());
    expect(await urgedNotes(done.map((d) => d.clerk.id))).toEqual([]);
  });

  it("refuses to urge a unit that has submitted, and writes nothing", async () => {
    const world = await createWorld();
    await createReport(world, { submit: true });
    const before = await writtenBy(world);
    await expectAppError(urgeUnits({ actor: world.reviewer, input: urgeSchema.parse({ year: 2024, target: world.unit.id }) }), "NOTHING_TO_URGE");
    expect(await writtenBy(world)).toEqual(before);
  });

  it('refuses "late" when every unit has submitted', async () => {
    const world = await createWorld();
    await reportWith(world, world.unit.id, "SUBMITTED");
    await reportWith(world, world.otherUnit.id, "PUBLISHED");
    await expectAppError(urgeUnits({ actor: world.reviewer, input: urgeSchema.parse({ year: 2024, target: "late" }) }), "NOTHING_TO_URGE");
    expect(await writtenBy(world)).toEqual({ logs: 0, events: 0, notes: 0 });
  });

  it("refuses a clerk and an admin, and writes nothing", async () => {
    const world = await createWorld();
    for (const actor of [world.clerk, world.admin]) {
      await expectAppError(urgeUnits({ actor, input: urgeSchema.parse({ year: 2024, target: world.otherUnit.id }) }), "FORBIDDEN");
      await expectAppError(urgeUnits({ actor, input: urgeSchema.parse({ year: 2024, target: "late" }) }), "FORBIDDEN");
    }
    expect(await writtenBy(world)).toEqual({ logs: 0, events: 0, notes: 0 });
  });

  it("answers a unit of another district as not found, and an unknown year as such", async () => {
    const world = await createWorld();
    const elsewhere = await createWorld();
    await expectAppError(urgeUnits({ actor: world.reviewer, input: urgeSchema.parse({ year: 2024, target: elsewhere.unit.id }) }), "NOT_FOUND");
    await expectAppError(urgeUnits({ actor: world.reviewer, input: urgeSchema.parse({ year: 2031, target: "late" }) }), "YEAR_NOT_FOUND");
    expect(await writtenBy(elsewhere)).toEqual({ logs: 0, events: 0, notes: 0 });
  });

  it("keeps the 附言 up to 200 characters and refuses a longer one", () => {
    expect(urgeSchema.parse({ year: "2024", target: "late", message: "镇".repeat(200) }).message).toHaveLength(200);
    expect(urgeSchema.safeParse({ year: "2024", target: "late", message: "镇".repeat(201) }).success).toBe(false);
  });
});

describe("the review desk after 催报", () => {
  it("shows per unit how many reminders reached it and when the last one went out, and exports the count", async () => {
    const world = await createWorld();
    await createReport(world);
    const query = parseDashboardQuery({ year: "2024" });
    const rowOf = async (unitId: string) => (await getReviewDashboard({ actor: world.reviewer, query, now: beforeDeadlines }))?.rows.find((r) => r.unit.id === unitId);
    expect((await rowOf(world.unit.id))?.reminders).toEqual({ count: 0, lastAt: null });

    const first = new Date("2025-02-03T02:00:00Z");
    const second = new Date("2025-02-05T02:00:00Z");
    await urgeUnits({ actor: world.reviewer, input: urgeSchema.parse({ year: 2024, target: world.unit.id, message: "第一次" }), now: first });
    await urgeUnits({ actor: world.reviewer, input: urgeSchema.parse({ year: 2024, target: "late" }), now: second });
    // A deadline reminder as the reminder run logs it counts too; the reviewers' digest and a
    // publication reminder never reached the unit, and another year's reminders are another year's.
    const yearId = world.reportingYear.id;
    await db.reminderLog.createMany({
      data: [
        { yearId, unitId: world.unit.id, kind: "SUBMIT", step: "d14", createdAt: new Date("2025-02-01T01:00:00Z") },
        { yearId, unitId: "", kind: "LATE_DIGEST", step: "overdue" },
        { yearId, unitId: world.unit.id, kind: "PUBLISH", step: "d14" },
      ],
    });
    const lastYear = await db.reportingYear.create({ data: { districtId: world.district.id, year: 2023, publicationDeadline: new Date("2024-03-31T00:00:00Z") } });
    await db.reminderLog.create({ data: { yearId: lastYear.id, unitId: world.unit.id, kind: "URGE", step: "old" } });

    expect((await rowOf(world.unit.id))?.reminders).toEqual({ count: 3, lastAt: second });
    expect((await rowOf(world.otherUnit.id))?.reminders).toEqual({ count: 1, lastAt: second });
    const dashboard = await getReviewDashboard({ actor: world.reviewer, query, now: beforeDeadlines });
    expect(dashboard?.notSubmittedCount).toBe(2);

    const file = await exportReviewDashboard({ actor: world.reviewer, query, format: "csv", now: beforeDeadlines });
    const [header, ...lines] = file!.body.toString("utf8").slice(1).trim().split(/\r?\n/);
    const column = header.split(",").indexOf("已催报次数");
    expect(column).toBeGreaterThan(0);
    const countOf = (shortName: string) => lines.map((l) => l.split(",")).find((cells) => cells[0] === shortName)?.[column];
    expect(countOf(world.unit.shortName)).toBe("3");
    expect(countOf(world.otherUnit.shortName)).toBe("1");
  });
});

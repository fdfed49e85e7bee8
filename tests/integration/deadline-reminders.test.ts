import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runReminders } from "@/lib/reminders/run-reminders";
import { approveReport } from "@/lib/reports/approve-report";
import { createReport, createUser, createWorld, type World } from "../factories";

// The world's year 2024 has its internal deadline on 2025-03-01 and publication on 2025-03-31
// (tests/factories.ts). Every run sets its own clock: a moment given in China time.
const china = (local: string) => new Date(`${local}+08:00`);

async function deadlineNotes(world: World, userId: string) {
  return db.notification.findMany({ where: { userId, kind: { in: ["DEADLINE", "LATE_DIGEST", "PUBLISH_DEADLINE"] } }, orderBy: { createdAt: "asc" }, select: { kind: true, title: true, body: true, link: true } });
}

async function run(world: World, local: string) {
  return runReminders({ now: china(local), districtId: world.district.id });
}

describe("deadline reminders", () => {
  it("reminds units that have not submitted 14, 7 and 1 days before, once per step, in China time", async () => {
    const world = await createWorld();
    const head = await createUser({ districtId: world.district.id, role: "UNIT_HEAD", unitId: world.unit.id });
    const draft = await createReport(world);

    // 15 days before in China (23:30 on 14 February), nothing; half an hour later it is 14 days.
    expect((await run(world, "2025-02-14T23:30:00")).notifications).toBe(0);
    const first = await run(world, "2025-02-15T00:30:00");
    expect(first.unitReminders).toBe(2);
    const clerkNotes = await deadlineNotes(world, world.clerk.id);
    expect(clerkNotes).toEqual([
      expect.objectContaining({ kind: "DEADLINE", title: expect.stringContaining("还有 14 天"), link: `/workspace/reports/${draft.id}` }),
    ]);
    expect(clerkNotes[0].title).toContain("2025年3月1日");
    expect(clerkNotes[0].body).toContain("起草中");
    expect(await deadlineNotes(world, head.id)).toHaveLength(1);
    // The unit without a report is told so, with a link to its home.
    expect(await deadlineNotes(world, world.otherClerk.id)).toEqual([expect.objectContaining({ body: expect.stringContaining("尚未开始填写"), link: "/workspace" })]);
    // Reviewers get nothing before the deadline passes.
    expect(await deadlineNotes(world, world.reviewer.id)).toEqual([]);

    // Again the same day, and later in the same step: nothing new.
    await run(world, "2025-02-15T18:00:00");
    await run(world, "2025-02-20T09:00:00");
    expect(await deadlineNotes(world, world.clerk.id)).toHaveLength(1);

    await run(world, "2025-02-22T09:00:00");
    await run(world, "2025-02-28T09:00:00");
    await run(world, "2025-03-01T09:00:00");
    expect((await deadlineNotes(world, world.clerk.id)).map((n) => n.title.replace(/.*，/, ""))).toEqual(["还有 14 天", "还有 7 天", "还有 1 天"]);
    const log = await db.reminderLog.findMany({ where: { yearId: world.reportingYear.id, unitId: world.unit.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((l) => `${l.kind} ${l.step}`)).toEqual(["SUBMIT d14", "SUBMIT d7", "SUBMIT d1"]);
  });

  it("after the deadline: the late units once in the first week and weekly after, and one digest to reviewers listing them", async () => {
    const world = await createWorld();
    await createReport(world, { submit: true }); // this unit is on time
    await run(world, "2025-03-02T08:00:00");
    expect(await deadlineNotes(world, world.clerk.id)).toEqual([]);
    expect(await deadlineNotes(world, world.otherClerk.id)).toEqual([expect.objectContaining({ title: expect.stringContaining("已逾期 1 天") })]);
    const digest = await deadlineNotes(world, world.reviewer.id);
    expect(digest).toEqual([expect.objectContaining({ kind: "LATE_DIGEST", title: expect.stringContaining("1 个单位尚未提交"), link: "/review?year=2024" })]);
    expect(digest[0].body).toContain(world.otherUnit.shortName);
    expect(digest[0].body).not.toContain(world.unit.shortName);

    await run(world, "2025-03-08T08:00:00");
    await run(world, "2025-03-09T08:00:00");
    await run(world, "2025-03-16T08:00:00");
    expect((await deadlineNotes(world, world.otherClerk.id)).map((n) => n.title.replace(/.*，/, ""))).toEqual(["已逾期 1 天", "已逾期 8 天", "已逾期 15 天"]);
    expect(await deadlineNotes(world, world.reviewer.id)).toHaveLength(3);
  });

  it("sends a step once however many workers run it at the same moment", async () => {
    const world = await createWorld();
    const runs = await Promise.all(Array.from({ length: 4 }, () => run(world, "2025-02-22T10:00:00")));
    expect(runs.reduce((sum, r) => sum + r.unitReminders, 0)).toBe(2);
    expect(await deadlineNotes(world, world.clerk.id)).toHaveLength(1);
    expect(await deadlineNotes(world, world.otherClerk.id)).toHaveLength(1);
    expect(await db.reminderLog.count({ where: { yearId: world.reportingYear.id } })).toBe(2);
  });

  it("reminds reviewers of approved reports not yet published before the publication deadline", async () => {
    const world = await createWorld();
    const report = await createReport(world, { submit: true });
    await approveReport({ actor: world.reviewer, reportId: report.id, version: report.version });
    await run(world, "2025-03-24T09:00:00");
    const notes = await deadlineNotes(world, world.reviewer.id);
    expect(notes).toEqual([
      expect.objectContaining({ kind: "LATE_DIGEST" }),
      expect.objectContaining({ kind: "PUBLISH_DEADLINE", title: expect.stringContaining("还有 7 天：1 份已通过的报告尚未发布"), link: "/review/publish" }),
    ]);
    expect(notes[1].body).toContain(world.unit.shortName);
  });

  it("leaves closed years alone", async () => {
    const world = await createWorld();
    await db.reportingYear.update({ where: { id: world.reportingYear.id }, data: { isOpen: false } });
    expect(await run(world, "2025-02-28T09:00:00")).toMatchObject({ years: 0, notifications: 0 });
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitReport } from "@/lib/reports/submit-report";
import { returnReport } from "@/lib/reports/return-report";
import { addComment } from "@/lib/reports/add-comment";
import { answerComment } from "@/lib/reports/answer-comment";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { reopenForCorrection } from "@/lib/reports/reopen-for-correction";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { createReport, createUser, createWorld } from "../factories";

async function notesOf(userId: string) {
  return db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true, title: true, link: true, reportId: true, actorId: true } });
}

describe("notifications of the workflow", () => {
  it("tells each side what needs them, in the action's own transaction, never the one who acted", async () => {
    const world = await createWorld();
    const secondReviewer = await createUser({ districtId: world.district.id, role: "REVIEWER" });
    const head = await createUser({ districtId: world.district.id, role: "UNIT_HEAD", unitId: world.unit.id });
    const report = await createReport(world);

    await submitReport({ actor: world.clerk, reportId: report.id });
    for (const reviewer of [world.reviewer, secondReviewer]) {
      expect(await notesOf(reviewer.id)).toEqual([
        expect.objectContaining({ kind: "SUBMITTED", reportId: report.id, actorId: world.clerk.id, link: `/review/reports/${report.id}`, title: expect.stringMatching(/^.+提交了《.+》$/) }),
      ]);
    }
    expect(await notesOf(world.clerk.id)).toEqual([]);
    // Other units and the admin hear nothing.
    expect(await notesOf(world.otherClerk.id)).toEqual([]);
    expect(await notesOf(world.admin.id)).toEqual([]);

    const comment = await addComment({ actor: world.reviewer, input: { reportId: report.id, sectionKey: "law-study", body: "请补充学法次数。" } });
    expect((await notesOf(world.clerk.id)).at(-1)).toMatchObject({ kind: "COMMENT_ADDED", link: `/workspace/reports/${report.id}/sections/law-study#comments` });
    expect((await notesOf(head.id)).at(-1)).toMatchObject({ kind: "COMMENT_ADDED" });
    // The reviewer who commented is not told of their own comment; the other one isn't either.
    expect(await notesOf(secondReviewer.id)).toHaveLength(1);

    const { version } = await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { version: true } });
    await returnReport({ actor: world.reviewer, reportId: report.id, version, comment: "整体还需补充。" });
    // One notification for the return, not one more for the comment given with it.
    expect((await notesOf(world.clerk.id)).map((n) => n.kind)).toEqual(["COMMENT_ADDED", "RETURNED"]);
    expect((await notesOf(world.clerk.id))[1].link).toBe(`/workspace/reports/${report.id}`);

    const open = await db.reviewComment.findMany({ where: { reportId: report.id, status: "OPEN" }, select: { id: true } });
    for (const c of open) await answerComment({ actor: world.clerk, commentId: c.id, answer: "已补充。" });
    expect(comment.id).toBeTruthy();
    await submitReport({ actor: world.clerk, reportId: report.id });
    expect((await notesOf(world.reviewer.id)).at(-1)?.title).toContain("重新提交");

    const submitted = await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { version: true } });
    await approveReport({ actor: world.reviewer, reportId: report.id, version: submitted.version });
    const approved = await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { version: true } });
    await publishReport({ actor: world.reviewer, reportId: report.id, version: approved.version, publishedAt: "2025-02-01" });
    const published = await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { version: true } });
    await withdrawReport({ actor: world.reviewer, reportId: report.id, version: published.version, reason: "发布错误" });
    const withdrawn = await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { version: true } });
    await reopenForCorrection({ actor: world.reviewer, reportId: report.id, version: withdrawn.version, comment: "请更正数据。" });
    expect((await notesOf(world.clerk.id)).map((n) => n.kind)).toEqual(["COMMENT_ADDED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN", "CORRECTION_REQUESTED"]);
    expect((await notesOf(head.id)).map((n) => n.kind)).toEqual(["COMMENT_ADDED", "RETURNED", "APPROVED", "PUBLISHED", "WITHDRAWN", "CORRECTION_REQUESTED"]);
  });

  it("writes nothing when the action fails: the notification lives and dies with the change", async () => {
    const world = await createWorld();
    const report = await createReport(world, { submit: true });
    // A return without any comment is refused.
    await expect(returnReport({ actor: world.reviewer, reportId: report.id, version: report.version })).rejects.toThrow();
    expect(await notesOf(world.clerk.id)).toEqual([]);
  });
});

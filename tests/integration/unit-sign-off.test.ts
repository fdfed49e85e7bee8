import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitReport } from "@/lib/reports/submit-report";
import { requestSignOff } from "@/lib/reports/request-sign-off";
import { signOffReport } from "@/lib/reports/sign-off-report";
import { refuseSignOff } from "@/lib/reports/refuse-sign-off";
import { addComment } from "@/lib/reports/add-comment";
import { answerComment } from "@/lib/reports/answer-comment";
import { saveSection } from "@/lib/reports/save-section";
import { getReport } from "@/lib/reports/get-report";
import { getSignOff } from "@/lib/reports/get-sign-off";
import { listMyReports } from "@/lib/reports/list-my-reports";
import { openYear } from "@/lib/years/open-year";
import { setYearSignOff } from "@/lib/years/update-year";
import { listYears } from "@/lib/years/list-years";
import { listUnitsWithoutHead } from "@/lib/years/list-units-without-head";
import { openYearSchema, yearSignOffSchema } from "@/lib/years/schemas";
import { createReport, createUser, createWorld, type World } from "../factories";
import { auditTrail, expectAppError, reportRow, sectionRow } from "./helpers";

/** A world whose year asks for 单位审签, with a head for the clerk's unit and one for the other unit. */
async function signOffWorld(options: { unitSignOff?: boolean } = {}) {
  const world = await createWorld();
  await db.reportingYear.update({ where: { id: world.reportingYear.id }, data: { unitSignOff: options.unitSignOff ?? true } });
  const head = await createUser({ districtId: world.district.id, role: "UNIT_HEAD", unitId: world.unit.id, name: "刘负责人" });
  const otherHead = await createUser({ districtId: world.district.id, role: "UNIT_HEAD", unitId: world.otherUnit.id });
  return { ...world, head, otherHead };
}

function notesOf(userId: string) {
  return db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true, link: true, reportId: true, actorId: true } });
}

/** A filled report sent to the head: status AWAITING_SIGNOFF. */
async function awaitingSignOff(world: World) {
  const report = await createReport(world);
  await requestSignOff({ actor: world.clerk, reportId: report.id });
  return { id: report.id, version: (await reportRow(report.id)).version };
}

describe("unit sign-off", () => {
  it("sends the clerk's report to the unit head, whose sign-off submits it to the district", async () => {
    const world = await signOffWorld();
    const { clerk, head, reviewer } = world;
    const report = await createReport(world);
    const trail = auditTrail(report.id);
    await trail.newEvents();

    // The clerk cannot submit directly; the report page offers 送单位负责人审签 instead.
    await expectAppError(submitReport({ actor: clerk, reportId: report.id }), "INVALID_TRANSITION");
    expect((await getReport({ actor: clerk, reportId: report.id }))?.permissions).toMatchObject({ canSubmit: false, canRequestSignOff: true, canEdit: true });
    await trail.expectNone();

    await requestSignOff({ actor: clerk, reportId: report.id });
    const sent = await reportRow(report.id);
    expect(sent).toMatchObject({ status: "AWAITING_SIGNOFF", submittedAt: null });
    expect((await trail.expectOne("REPORT_SIGNOFF_REQUESTED", clerk.id)).data).toMatchObject({ from: "DRAFT", to: "AWAITING_SIGNOFF" });
    expect(await db.revision.count({ where: { reportId: report.id } })).toBe(0);

    // The head is told and may decide; the clerk may no longer write; the district hears nothing yet.
    expect(await notesOf(head.id)).toEqual([expect.objectContaining({ kind: "SIGNOFF_REQUESTED", reportId: report.id, link: `/workspace/reports/${report.id}/signoff` })]);
    expect(await notesOf(reviewer.id)).toEqual([]);
    expect((await getReport({ actor: clerk, reportId: report.id }))?.permissions).toMatchObject({ canEdit: false, canSubmit: false, canRequestSignOff: false });
    const headView = await getReport({ actor: head, reportId: report.id });
    expect(headView?.permissions).toMatchObject({ canSignOff: true, canRefuseSignOff: true, canComment: true, canEdit: false, canSubmit: false, canAnswer: false });
    const [row] = (await listMyReports({ actor: head })).filter((r) => r.report);
    expect(row.report).toMatchObject({ id: report.id, status: "AWAITING_SIGNOFF", canSignOff: true, canEdit: false });
    expect(row.canOpen).toBe(false);

    // A stale page is refused; the current version signs off.
    await expectAppError(signOffReport({ actor: head, reportId: report.id, version: sent.version - 1 }), "STALE_VIEW");
    expect(await signOffReport({ actor: head, reportId: report.id, version: sent.version })).toEqual({ revision: 1 });

    const submitted = await reportRow(report.id);
    expect(submitted.status).toBe("SUBMITTED");
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    const revision = await db.revision.findFirstOrThrow({ where: { reportId: report.id }, select: { kind: true, number: true, createdById: true, signedOffById: true, signedOffAt: true } });
    expect(revision).toMatchObject({ kind: "SUBMISSION", number: 1, createdById: head.id, signedOffById: head.id });
    expect(revision.signedOffAt?.getTime()).toBe(submitted.submittedAt?.getTime());
    expect((await trail.expectOne("REPORT_SIGNED_OFF", head.id)).data).toMatchObject({ from: "AWAITING_SIGNOFF", to: "SUBMITTED", revision: 1 });

    // Now the reviewers are told, and the clerk hears the head signed it off.
    expect(await notesOf(reviewer.id)).toEqual([expect.objectContaining({ kind: "SUBMITTED", reportId: report.id, actorId: head.id, link: `/review/reports/${report.id}` })]);
    expect((await notesOf(clerk.id)).map((n) => n.kind)).toEqual(["SIGNOFF_GIVEN"]);

    // The district reads who signed it off and when.
    expect(await getSignOff({ actor: reviewer, reportId: report.id })).toEqual({ revision: 1, signedOffByName: "刘负责人", signedOffAt: revision.signedOffAt });
    expect(await getSignOff({ actor: world.otherClerk, reportId: report.id })).toBeNull();
    expect((await listMyReports({ actor: head })).find((r) => r.report)?.report).toMatchObject({ status: "SUBMITTED", canSignOff: false });
  });

  it("sends the report back only with a comment, as a draft the clerk answers and sends again", async () => {
    const world = await signOffWorld();
    const { clerk, head } = world;
    const report = await awaitingSignOff(world);
    const trail = auditTrail(report.id);
    await trail.newEvents();

    await expectAppError(refuseSignOff({ actor: head, reportId: report.id, version: report.version }), "COMMENT_REQUIRED");
    expect(await reportRow(report.id)).toMatchObject({ status: "AWAITING_SIGNOFF", version: report.version });
    await trail.expectNone();

    // A comment while the report waits reaches the clerk, not the district.
    await addComment({ actor: head, input: { reportId: report.id, sectionKey: "law-study", body: "请补充学法的具体内容。" } });
    expect((await notesOf(clerk.id)).at(-1)).toMatchObject({ kind: "COMMENT_ADDED", link: `/workspace/reports/${report.id}/sections/law-study#comments` });
    expect(await notesOf(world.reviewer.id)).toEqual([]);
    await trail.expectOne("COMMENT_ADDED", head.id);

    await refuseSignOff({ actor: head, reportId: report.id, version: report.version, comment: "整体再精炼一些。" });
    expect(await reportRow(report.id)).toMatchObject({ status: "DRAFT", version: report.version + 1 });
    expect((await trail.newEvents()).map((e) => [e.kind, e.actorId])).toEqual([
      ["COMMENT_ADDED", head.id],
      ["REPORT_SIGNOFF_REFUSED", head.id],
    ]);
    expect((await notesOf(clerk.id)).at(-1)).toMatchObject({ kind: "SIGNOFF_REFUSED", link: `/workspace/reports/${report.id}` });
    const comments = await db.reviewComment.findMany({ where: { reportId: report.id }, orderBy: { createdAt: "asc" }, select: { id: true, status: true, authorId: true } });
    expect(comments.map((c) => [c.status, c.authorId])).toEqual([
      ["OPEN", head.id],
      ["OPEN", head.id],
    ]);
    // The clerk sees the head's comments with the head's name.
    expect((await getReport({ actor: clerk, reportId: report.id }))?.comments.map((c) => c.authorName)).toEqual(["刘负责人", "刘负责人"]);

    // Sending again needs the comments answered, like a resubmission.
    await expectAppError(requestSignOff({ actor: clerk, reportId: report.id }), "OPEN_COMMENTS");
    for (const c of comments) await answerComment({ actor: clerk, commentId: c.id, answer: "已修改。" });
    await requestSignOff({ actor: clerk, reportId: report.id });
    const again = await reportRow(report.id);
    await signOffReport({ actor: head, reportId: report.id, version: again.version });
    expect(await reportRow(report.id)).toMatchObject({ status: "SUBMITTED" });
    // The head's comments are settled by the sign-off; the district starts with none open.
    expect(await db.reviewComment.count({ where: { reportId: report.id, status: { not: "RESOLVED" } } })).toBe(0);
  });

  it("lets the head read and decide but never write, and keeps other units' heads and the district out", async () => {
    const world = await signOffWorld();
    const { clerk, head, otherHead, reviewer } = world;
    const report = await awaitingSignOff(world);
    const section = await sectionRow(report.id, "law-study");
    const edit = (actor: typeof head) =>
      saveSection({ actor, input: { reportId: report.id, key: "law-study", version: section.version, title: section.title, body: "负责人改写的文字。", metrics: {} } });

    await expectAppError(edit(head), "FORBIDDEN");
    await expectAppError(edit(clerk), "INVALID_TRANSITION");
    expect((await sectionRow(report.id, "law-study")).body).toBe(section.body);

    // Another unit's head: the report does not exist for them.
    expect(await getReport({ actor: otherHead, reportId: report.id })).toBeNull();
    await expectAppError(signOffReport({ actor: otherHead, reportId: report.id, version: report.version }), "NOT_FOUND");
    await expectAppError(refuseSignOff({ actor: otherHead, reportId: report.id, version: report.version, comment: "不行。" }), "NOT_FOUND");
    await expectAppError(addComment({ actor: otherHead, input: { reportId: report.id, sectionKey: null, body: "看看。" } }), "NOT_FOUND");

    // The district does not see a report before the unit has signed it off.
    expect(await getReport({ actor: reviewer, reportId: report.id })).toBeNull();
    await expectAppError(addComment({ actor: reviewer, input: { reportId: report.id, sectionKey: null, body: "提前看看。" } }), "NOT_FOUND");
    await expectAppError(signOffReport({ actor: reviewer, reportId: report.id, version: report.version }), "NOT_FOUND");

    // The clerk cannot sign off their own report; the head cannot send a draft for sign-off.
    await expectAppError(signOffReport({ actor: clerk, reportId: report.id, version: report.version }), "FORBIDDEN");
    const draft = await createReport({ ...world, clerk: world.otherClerk, unit: world.otherUnit });
    await expectAppError(requestSignOff({ actor: otherHead, reportId: draft.id }), "FORBIDDEN");
    await expectAppError(listMyReports({ actor: reviewer }), "FORBIDDEN");

    expect(await reportRow(report.id)).toMatchObject({ status: "AWAITING_SIGNOFF", version: report.version });
    expect(await db.revision.count({ where: { reportId: report.id } })).toBe(0);
  });

  it("leaves the flow exactly as before when the year does not ask for sign-off", async () => {
    const world = await signOffWorld({ unitSignOff: false });
    const { clerk, head, reviewer } = world;
    const report = await createReport(world);
    expect((await getReport({ actor: clerk, reportId: report.id }))?.permissions).toMatchObject({ canSubmit: true, canRequestSignOff: false });
    await expectAppError(requestSignOff({ actor: clerk, reportId: report.id }), "INVALID_TRANSITION");

    await submitReport({ actor: clerk, reportId: report.id });
    const submitted = await reportRow(report.id);
    expect(submitted.status).toBe("SUBMITTED");
    expect(await db.revision.findFirstOrThrow({ where: { reportId: report.id }, select: { createdById: true, signedOffById: true, signedOffAt: true } })).toEqual({
      createdById: clerk.id,
      signedOffById: null,
      signedOffAt: null,
    });
    expect((await notesOf(reviewer.id)).map((n) => n.kind)).toEqual(["SUBMITTED"]);
    expect((await notesOf(head.id)).map((n) => n.kind)).toEqual([]);
    expect(await getSignOff({ actor: reviewer, reportId: report.id })).toBeNull();
    await expectAppError(signOffReport({ actor: head, reportId: report.id, version: submitted.version }), "INVALID_TRANSITION");
    expect((await getReport({ actor: head, reportId: report.id }))?.permissions).toMatchObject({ canSignOff: false, canRefuseSignOff: false, canComment: false, canEdit: false });
  });
});

describe("the year's sign-off setting", () => {
  it("is switched by the admin, audited as a year update, and not switched off while reports wait", async () => {
    const world = await signOffWorld({ unitSignOff: false });
    const { admin } = world;
    const yearId = world.reportingYear.id;

    await expectAppError(setYearSignOff({ actor: world.reviewer, input: { year: world.year, unitSignOff: true } }), "FORBIDDEN");
    await setYearSignOff({ actor: admin, input: { year: world.year, unitSignOff: true } });
    expect((await db.reportingYear.findUniqueOrThrow({ where: { id: yearId } })).unitSignOff).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { kind: "YEAR_UPDATED", targetId: yearId } });
    expect(audit.data).toMatchObject({ before: { year: world.year, unitSignOff: false }, after: { year: world.year, unitSignOff: true } });
    expect((await listYears({ actor: admin })).find((y) => y.year === world.year)?.unitSignOff).toBe(true);
    // Saving the same value again writes nothing.
    await setYearSignOff({ actor: admin, input: { year: world.year, unitSignOff: true } });
    expect(await db.auditEvent.count({ where: { kind: "YEAR_UPDATED", targetId: yearId } })).toBe(1);

    const report = await awaitingSignOff(world);
    const refused = await expectAppError(setYearSignOff({ actor: admin, input: { year: world.year, unitSignOff: false } }), "SIGNOFF_PENDING");
    expect(refused.message).toContain("还有 1 份报告正在等待单位负责人审签");
    expect((await db.reportingYear.findUniqueOrThrow({ where: { id: yearId } })).unitSignOff).toBe(true);

    await signOffReport({ actor: world.head, reportId: report.id, version: report.version });
    await setYearSignOff({ actor: admin, input: { year: world.year, unitSignOff: false } });
    expect((await db.reportingYear.findUniqueOrThrow({ where: { id: yearId } })).unitSignOff).toBe(false);
    expect(await db.auditEvent.count({ where: { kind: "YEAR_UPDATED", targetId: yearId } })).toBe(2);
  });

  it("can be chosen when a year is opened, and names the units without a head", async () => {
    const world = await createWorld({ year: 2031 });
    await createUser({ districtId: world.district.id, role: "UNIT_HEAD", unitId: world.unit.id });
    await openYear({ actor: world.admin, input: openYearSchema.parse({ year: "2032", templateSource: "previous", unitSignOff: "on" }) });
    await openYear({ actor: world.admin, input: openYearSchema.parse({ year: "2033", templateSource: "previous" }) });
    const years = await db.reportingYear.findMany({ where: { districtId: world.district.id }, orderBy: { year: "asc" }, select: { year: true, unitSignOff: true } });
    expect(years).toEqual([
      { year: 2031, unitSignOff: false },
      { year: 2032, unitSignOff: true },
      { year: 2033, unitSignOff: false },
    ]);
    const year2032 = await db.reportingYear.findUniqueOrThrow({ where: { districtId_year: { districtId: world.district.id, year: 2032 } }, select: { id: true } });
    const opened = await db.auditEvent.findFirstOrThrow({ where: { kind: "YEAR_OPENED", targetId: year2032.id } });
    expect(opened.data).toMatchObject({ after: { unitSignOff: true } });
    expect(await listUnitsWithoutHead({ actor: world.admin })).toEqual([{ id: world.otherUnit.id, shortName: world.otherUnit.shortName }]);
  });

  it("reads the checkbox strictly: ticked, unticked, or refused", () => {
    expect(yearSignOffSchema.parse({ year: "2031", unitSignOff: "on" })).toEqual({ year: 2031, unitSignOff: true });
    expect(yearSignOffSchema.parse({ year: "2031" })).toEqual({ year: 2031, unitSignOff: false });
    expect(yearSignOffSchema.safeParse({ year: "2031", unitSignOff: "yes please" }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openReport } from "@/lib/reports/open-report";
import { saveSection } from "@/lib/reports/save-section";
import { submitReport } from "@/lib/reports/submit-report";
import { addComment } from "@/lib/reports/add-comment";
import { answerComment } from "@/lib/reports/answer-comment";
import { returnReport } from "@/lib/reports/return-report";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { getReport } from "@/lib/reports/get-report";
import { getReviewDashboard } from "@/lib/review/get-review-dashboard";
import { parseDashboardQuery } from "@/lib/review/dashboard-query";
import { listPublishedReports } from "@/lib/public/list-published-reports";
import { getPublishedReport } from "@/lib/public/get-published-report";
import { createReport, createWorld, createYear, fillRequiredSections } from "../factories";
import { auditTrail, expectAppError, reportRow, sectionRow } from "./helpers";

// Required in the 2023+ town template (lib/reports/template.ts), each needing ≥ 50 characters
// and all of its metric fields.
const requiredKeys = ["law-study", "reform", "enforcement", "disputes", "leadership", "shortcomings", "plans"];

describe("report workflow", () => {
  it("refuses to submit while a required section is empty, and changes nothing", async () => {
    const world = await createWorld();
    const { id: reportId } = await openReport({ actor: world.clerk, year: world.year });
    const trail = auditTrail(reportId);
    await trail.newEvents();

    const error = await expectAppError(submitReport({ actor: world.clerk, reportId }), "INCOMPLETE");
    const blockers = error.details as { sectionKey: string; message: string }[];
    expect([...new Set(blockers.map((b) => b.sectionKey))].sort()).toEqual([...requiredKeys].sort());

    // Fill all but one required section: still refused, and only that section blocks.
    await fillRequiredSections(world.clerk, reportId);
    const plans = await sectionRow(reportId, "plans");
    await saveSection({ actor: world.clerk, input: { reportId, key: "plans", version: plans.version, title: plans.title, body: "", metrics: {} } });
    await trail.newEvents();
    const again = await expectAppError(submitReport({ actor: world.clerk, reportId }), "INCOMPLETE");
    expect(again.details).toEqual([{ sectionKey: "plans", sectionTitle: plans.title, message: "必填部分尚未填写。" }]);

    // Too short, or a metric missing, blocks too.
    await saveSection({ actor: world.clerk, input: { reportId, key: "plans", version: plans.version + 1, title: plans.title, body: "明年继续努力。", metrics: {} } });
    const law = await sectionRow(reportId, "law-study");
    await saveSection({
      actor: world.clerk,
      input: { reportId, key: "law-study", version: law.version, title: law.title, body: law.body, metrics: { "study-sessions": 6, lectures: 1 } },
    });
    await trail.newEvents();
    const third = await expectAppError(submitReport({ actor: world.clerk, reportId }), "INCOMPLETE");
    expect((third.details as { sectionKey: string; message: string }[]).map((b) => [b.sectionKey, b.message])).toEqual([
      ["law-study", "请填写：普法宣传活动次数。"],
      ["plans", "正文不少于 50 字，当前 7 字。"],
    ]);

    expect(await reportRow(reportId)).toMatchObject({ status: "DRAFT", version: 1, submittedAt: null });
    expect(await db.revision.count({ where: { reportId } })).toBe(0);
    await trail.expectNone();
  });

  it("takes a report from opening to publication, with one audit event per step", async () => {
    const world = await createWorld();
    const { clerk, reviewer } = world;

    // Open: created from the template on first open, found again on the second.
    const opened = await openReport({ actor: clerk, year: world.year });
    expect(opened.isNew).toBe(true);
    const reportId = opened.id;
    expect(await openReport({ actor: clerk, year: world.year })).toEqual({ id: reportId, isNew: false });
    const trail = auditTrail(reportId);
    await trail.expectOne("REPORT_CREATED", clerk.id);
    expect(await reportRow(reportId)).toMatchObject({ status: "DRAFT", version: 1 });

    // Fill the required sections; the editor then sees no blockers.
    expect((await fillRequiredSections(clerk, reportId)).sort()).toEqual([...requiredKeys].sort());
    expect((await trail.newEvents()).map((e) => e.kind)).toEqual(requiredKeys.map(() => "SECTION_SAVED"));
    const draftView = await getReport({ actor: clerk, reportId });
    expect(draftView?.blockers).toEqual([]);
    expect(draftView?.permissions).toMatchObject({ canEdit: true, canSubmit: true, canApprove: false });

    // Submit.
    expect(await submitReport({ actor: clerk, reportId })).toEqual({ revision: 1 });
    expect(await reportRow(reportId)).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect((await reportRow(reportId)).submittedAt).toBeInstanceOf(Date);
    const submitted = await trail.expectOne("REPORT_SUBMITTED", clerk.id);
    expect(submitted.data).toMatchObject({ from: "DRAFT", to: "SUBMITTED", revision: 1 });
    await expectAppError(
      saveSection({ actor: clerk, input: { reportId, key: "reform", version: 2, title: "改革", body: "提交后修改", metrics: {} } }),
      "INVALID_TRANSITION",
    );

    // The reviewer sees it in the district's list and may decide on it.
    const review = await getReviewDashboard({ actor: reviewer, query: parseDashboardQuery({ year: String(world.year) }) });
    expect(review?.rows.find((r) => r.unit.id === world.unit.id)?.report).toMatchObject({ id: reportId, status: "SUBMITTED" });
    const reviewerView = await getReport({ actor: reviewer, reportId });
    expect(reviewerView?.permissions).toMatchObject({ canEdit: false, canComment: true, canReturn: true, canApprove: true, canPublish: false });

    // Comment, then return.
    const comment = await addComment({
      actor: reviewer,
      input: { reportId, sectionKey: "law-study", body: "请补充领导干部学法用法的具体情况。" },
    });
    const added = await trail.expectOne("COMMENT_ADDED", reviewer.id);
    expect(added).toMatchObject({ targetId: comment.id, sectionKey: "law-study" });
    await returnReport({ actor: reviewer, reportId, version: 2 });
    expect(await reportRow(reportId)).toMatchObject({ status: "RETURNED", version: 3 });
    const returned = await trail.expectOne("REPORT_RETURNED", reviewer.id);
    expect(returned.data).toMatchObject({ from: "SUBMITTED", to: "RETURNED", openComments: 1 });

    // Resubmitting with the comment unanswered is refused.
    await expectAppError(submitReport({ actor: clerk, reportId }), "OPEN_COMMENTS");
    expect(await reportRow(reportId)).toMatchObject({ status: "RETURNED", version: 3 });
    await trail.expectNone();

    // The clerk revises the section, answers the comment and resubmits.
    const law = await sectionRow(reportId, "law-study");
    const revised = `${law.body}\n领导干部带头学法，全年开展领导干部学法用法考试1次。`;
    expect(
      await saveSection({
        actor: clerk,
        // Keys out of the template's order: the public page must still list them in its order.
        input: { reportId, key: "law-study", version: law.version, title: law.title, body: revised, metrics: { "publicity-events": 3, lectures: 2, "study-sessions": 1 } },
      }),
    ).toMatchObject({ status: "saved", version: law.version + 1 });
    await trail.expectOne("SECTION_SAVED", clerk.id);
    await answerComment({ actor: clerk, commentId: comment.id, answer: "已补充领导干部学法用法情况。" });
    await trail.expectOne("COMMENT_ANSWERED", clerk.id);
    expect(await db.reviewComment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      status: "ANSWERED",
      answer: "已补充领导干部学法用法情况。",
      answeredById: clerk.id,
    });
    expect(await submitReport({ actor: clerk, reportId })).toEqual({ revision: 2 });
    expect(await reportRow(reportId)).toMatchObject({ status: "SUBMITTED", version: 4 });
    expect((await trail.expectOne("REPORT_SUBMITTED", clerk.id)).data).toMatchObject({ from: "RETURNED", to: "SUBMITTED" });

    // Approve.
    await approveReport({ actor: reviewer, reportId, version: 4 });
    expect(await reportRow(reportId)).toMatchObject({ status: "APPROVED", version: 5 });
    expect((await trail.expectOne("REPORT_APPROVED", reviewer.id)).data).toMatchObject({ from: "SUBMITTED", to: "APPROVED", revision: 3 });
    expect(await db.reviewComment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ status: "RESOLVED", resolvedById: reviewer.id });

    // Publish.
    const published = await publishReport({ actor: reviewer, reportId, version: 5, publishedAt: "2025-01-20", docNumber: "测府发〔2025〕1号" });
    expect(published).toEqual({ indexNumber: `${world.unit.orgCode}/2025-00001`, year: world.year, unitSlug: world.unit.slug, unitShortName: world.unit.shortName, isCorrection: false });
    expect(published.indexNumber).toMatch(/^[0-9A-Z]+\/\d{4}-\d{5}$/);
    expect(await reportRow(reportId)).toMatchObject({ status: "PUBLISHED", version: 6, docNumber: "测府发〔2025〕1号" });
    expect((await trail.expectOne("REPORT_PUBLISHED", reviewer.id)).data).toMatchObject({
      from: "APPROVED",
      to: "PUBLISHED",
      indexNumber: published.indexNumber,
    });

    const revisions = await db.revision.findMany({ where: { reportId }, orderBy: { number: "asc" }, select: { number: true, kind: true, createdById: true } });
    expect(revisions).toEqual([
      { number: 1, kind: "SUBMISSION", createdById: clerk.id },
      { number: 2, kind: "SUBMISSION", createdById: clerk.id },
      { number: 3, kind: "APPROVAL", createdById: reviewer.id },
      { number: 4, kind: "PUBLICATION", createdById: reviewer.id },
    ]);
    const publications = await db.publication.findMany({ where: { reportId }, include: { revision: { select: { number: true } } } });
    expect(publications).toHaveLength(1);
    expect(publications[0]).toMatchObject({
      indexNumber: published.indexNumber,
      isCurrent: true,
      publisher: world.unit.name,
      docNumber: "测府发〔2025〕1号",
      correctionNote: null,
      createdById: reviewer.id,
      revision: { number: 4 },
    });
    expect(publications[0].publishedAt.toISOString()).toBe("2025-01-20T00:00:00.000Z");

    // The public list and page.
    const list = await listPublishedReports({ year: world.year });
    expect(list.find((item) => item.indexNumber === published.indexNumber)).toMatchObject({
      year: world.year,
      unit: { slug: world.unit.slug, name: world.unit.name },
      docNumber: "测府发〔2025〕1号",
      isWithdrawn: false,
      isCorrected: false,
    });
    const page = await getPublishedReport({ year: world.year, unitSlug: world.unit.slug });
    expect(page).not.toBeNull();
    expect(page).toMatchObject({ id: reportId, indexNumber: published.indexNumber, publisher: world.unit.name, withdrawn: null });
    const sectionCount = await db.reportSection.count({ where: { reportId } });
    expect(page!.sections).toHaveLength(sectionCount);
    expect(page!.sections[0]).toMatchObject({ key: "measures", number: "一、", level: 1 });
    const publicLaw = page!.sections.find((s) => s.key === "law-study")!;
    expect(publicLaw.number).toBe("（一）");
    expect(publicLaw.paragraphs).toEqual(revised.split("\n"));
    expect(publicLaw.metrics).toEqual([
      { key: "study-sessions", label: "中心组学法次数", unit: "次", value: 1 },
      { key: "lectures", label: "专题讲座次数", unit: "次", value: 2 },
      { key: "publicity-events", label: "普法宣传活动次数", unit: "次", value: 3 },
    ]);

    // The whole trail: every step above wrote its one event and nothing else.
    const kinds = (await db.auditEvent.findMany({ where: { reportId }, select: { kind: true, actorId: true } })).map((e) => e.kind);
    const count = (kind: string) => kinds.filter((k) => k === kind).length;
    expect(kinds).toHaveLength(1 + requiredKeys.length + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1);
    expect([count("REPORT_CREATED"), count("REPORT_SUBMITTED"), count("REPORT_RETURNED"), count("REPORT_APPROVED"), count("REPORT_PUBLISHED")]).toEqual([1, 2, 1, 1, 1]);
    expect([count("COMMENT_ADDED"), count("COMMENT_ANSWERED"), count("SECTION_SAVED")]).toEqual([1, 1, requiredKeys.length + 1]);
  });

  it("refuses to return a report without any open comment", async () => {
    const world = await createWorld();
    const { id: reportId, version } = await createReport(world, { submit: true });
    const trail = auditTrail(reportId);
    await trail.newEvents();

    await expectAppError(returnReport({ actor: world.reviewer, reportId, version }), "COMMENT_REQUIRED");
    await expectAppError(returnReport({ actor: world.reviewer, reportId, version, comment: "" }), "COMMENT_REQUIRED");
    expect(await reportRow(reportId)).toMatchObject({ status: "SUBMITTED", version });
    await trail.expectNone();

    // A comment given with the return is enough.
    await returnReport({ actor: world.reviewer, reportId, version, comment: "请补充执法案件数据来源。" });
    expect(await reportRow(reportId)).toMatchObject({ status: "RETURNED", version: version + 1 });
    expect(await db.reviewComment.findMany({ where: { reportId }, select: { body: true, status: true, authorId: true } })).toEqual([
      { body: "请补充执法案件数据来源。", status: "OPEN", authorId: world.reviewer.id },
    ]);
    // The comment given with the return is audited like any other comment.
    const events = await trail.newEvents();
    expect(events.map((e) => e.kind).sort()).toEqual(["COMMENT_ADDED", "REPORT_RETURNED"]);
    expect(events.every((e) => e.actorId === world.reviewer.id)).toBe(true);
  });

  it("refuses a decision taken on a stale view (STALE_VIEW) and changes nothing", async () => {
    const world = await createWorld();
    const { id: reportId, version } = await createReport(world, { submit: true });
    const trail = auditTrail(reportId);
    await trail.newEvents();

    await expectAppError(approveReport({ actor: world.reviewer, reportId, version: version - 1 }), "STALE_VIEW");
    await addComment({ actor: world.reviewer, input: { reportId, sectionKey: null, body: "整体意见" } });
    await trail.newEvents();
    await expectAppError(returnReport({ actor: world.reviewer, reportId, version: version + 1 }), "STALE_VIEW");
    expect(await reportRow(reportId)).toMatchObject({ status: "SUBMITTED", version });
    expect(await db.revision.count({ where: { reportId, kind: "APPROVAL" } })).toBe(0);
    await trail.expectNone();

    // Approved meanwhile: a second approval from the old page is stale (or no longer possible).
    await approveReport({ actor: world.reviewer, reportId, version });
    await expectAppError(approveReport({ actor: world.reviewer, reportId, version }), "INVALID_TRANSITION");
    await expectAppError(publishReport({ actor: world.reviewer, reportId, version }), "STALE_VIEW");
    expect(await reportRow(reportId)).toMatchObject({ status: "APPROVED", version: version + 1 });
    expect(await db.publication.count({ where: { reportId } })).toBe(0);
  });

  it("numbers a unit's publications in one year 00001, 00002…", async () => {
    const world = await createWorld();
    const first = await createReport(world, { submit: true });
    await approveReport({ actor: world.reviewer, reportId: first.id, version: first.version });
    const one = await publishReport({ actor: world.reviewer, reportId: first.id, version: first.version + 1, publishedAt: "2025-03-01" });
    expect(one.indexNumber).toBe(`${world.unit.orgCode}/2025-00001`);

    // The same unit's report for another year, published in the same calendar year.
    await createYear({ districtId: world.district.id, year: world.year - 1 });
    const { id } = await openReport({ actor: world.clerk, year: world.year - 1 });
    await fillRequiredSections(world.clerk, id);
    await submitReport({ actor: world.clerk, reportId: id });
    await approveReport({ actor: world.reviewer, reportId: id, version: 2 });
    const two = await publishReport({ actor: world.reviewer, reportId: id, version: 3, publishedAt: "2025-03-02" });
    expect(two.indexNumber).toBe(`${world.unit.orgCode}/2025-00002`);
  });
});

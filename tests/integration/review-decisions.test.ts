import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openReport } from "@/lib/reports/open-report";
import { saveSection } from "@/lib/reports/save-section";
import { submitReport } from "@/lib/reports/submit-report";
import { addComment } from "@/lib/reports/add-comment";
import { answerComment } from "@/lib/reports/answer-comment";
import { resolveComment } from "@/lib/reports/resolve-comment";
import { returnReport } from "@/lib/reports/return-report";
import { approveReport } from "@/lib/reports/approve-report";
import { publishReport } from "@/lib/reports/publish-report";
import { publishReports } from "@/lib/reports/publish-reports";
import { reopenForCorrection } from "@/lib/reports/reopen-for-correction";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { getReviewComparison } from "@/lib/reports/get-review-comparison";
import { getPublishedReport } from "@/lib/public/get-published-report";
import { listPublishedReports } from "@/lib/public/list-published-reports";
import { failureResult } from "@/lib/audit/record-denial";
import { toCalendarDateString, chinaToday } from "@/lib/dates";
import type { Actor } from "@/lib/auth/permissions";
import { createReport, createWorld, createYear, fillRequiredSections, type World } from "../factories";
import { auditTrail, expectAppError, reportRow, sectionRow } from "./helpers";

async function approved(world: World) {
  const { id, version } = await createReport(world, { submit: true });
  await approveReport({ actor: world.reviewer, reportId: id, version });
  return { id, version: version + 1 };
}

async function published(world: World, publishedAt = "2025-02-01") {
  const report = await approved(world);
  const result = await publishReport({ actor: world.reviewer, reportId: report.id, version: report.version, publishedAt });
  return { id: report.id, version: report.version + 1, indexNumber: result.indexNumber };
}

/** The clerk rewrites one paragraph of a section, as the editor would save it. */
async function rewriteParagraph(actor: Actor, reportId: string, key: string, index: number, rewrite: (paragraph: string) => string) {
  const section = await sectionRow(reportId, key);
  const paragraphs = section.body.split("\n");
  paragraphs[index] = rewrite(paragraphs[index]);
  const result = await saveSection({
    actor,
    input: { reportId, key, version: section.version, title: section.title, body: paragraphs.join("\n"), metrics: section.metrics as Record<string, number | null> },
  });
  expect(result.status).toBe("saved");
}

async function version(reportId: string) {
  return (await reportRow(reportId)).version;
}

describe("review decisions", () => {
  it("takes an approval back before publishing: needs a comment, returns to the unit, audited", async () => {
    const world = await createWorld();
    const report = await approved(world);
    const trail = auditTrail(report.id);
    await trail.newEvents();

    await expectAppError(returnReport({ actor: world.reviewer, reportId: report.id, version: report.version }), "COMMENT_REQUIRED");
    expect(await reportRow(report.id)).toMatchObject({ status: "APPROVED", version: report.version });

    await returnReport({ actor: world.reviewer, reportId: report.id, version: report.version, comment: "发现执法数据有误，收回重新核对。" });
    expect(await reportRow(report.id)).toMatchObject({ status: "RETURNED", version: report.version + 1 });
    const events = await trail.newEvents();
    expect(events.map((e) => e.kind).sort()).toEqual(["COMMENT_ADDED", "REPORT_RETURNED"]);
    expect(events.find((e) => e.kind === "REPORT_RETURNED")!.data).toMatchObject({ from: "APPROVED", to: "RETURNED" });
    // Nothing was published on the way.
    expect(await db.publication.count({ where: { reportId: report.id } })).toBe(0);
  });

  it("lets the reviewer resolve a comment, which then no longer blocks the unit's submission", async () => {
    const world = await createWorld();
    const { id, version: v } = await createReport(world, { submit: true });
    const comment = await addComment({ actor: world.reviewer, input: { reportId: id, sectionKey: "reform", body: "请补充“一网通办”数据。" } });
    await returnReport({ actor: world.reviewer, reportId: id, version: v });
    await expectAppError(submitReport({ actor: world.clerk, reportId: id }), "OPEN_COMMENTS");

    // A clerk cannot resolve (forged request): refused, nothing changes.
    await expectAppError(resolveComment({ actor: world.clerk, commentId: comment.id }), "FORBIDDEN");
    expect((await db.reviewComment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("OPEN");

    const trail = auditTrail(id);
    await trail.newEvents();
    await resolveComment({ actor: world.reviewer, commentId: comment.id });
    const event = await trail.expectOne("COMMENT_RESOLVED", world.reviewer.id);
    expect(event).toMatchObject({ targetId: comment.id, sectionKey: "reform", data: { before: "OPEN" } });
    expect(await db.reviewComment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ status: "RESOLVED", resolvedById: world.reviewer.id });
    await expectAppError(resolveComment({ actor: world.reviewer, commentId: comment.id }), "INVALID_TRANSITION");

    await submitReport({ actor: world.clerk, reportId: id });
    expect((await reportRow(id)).status).toBe("SUBMITTED");
  });

  it("compares the latest submission with the previous one: exactly the rewritten paragraph", async () => {
    const world = await createWorld();
    const { id, version: v } = await createReport(world, { submit: true });
    const first = await getReviewComparison({ actor: world.reviewer, reportId: id, mode: "previous" });
    expect(first).toMatchObject({ available: { previous: false, published: false }, comparison: null });

    const comment = await addComment({ actor: world.reviewer, input: { reportId: id, sectionKey: "enforcement", body: "第二段请写明持证人数。" } });
    await returnReport({ actor: world.reviewer, reportId: id, version: v });
    await rewriteParagraph(world.clerk, id, "enforcement", 1, (p) => p.replace("取得实效", "取得实效，全镇执法人员23人均持证上岗"));
    await answerComment({ actor: world.clerk, commentId: comment.id, answer: "已补充持证人数。" });
    await submitReport({ actor: world.clerk, reportId: id });

    const { available, comparison, base, current } = await getReviewComparison({ actor: world.reviewer, reportId: id, mode: "previous" });
    expect(available).toEqual({ previous: true, published: false });
    expect(base!.number).toBeLessThan(current!.number);
    expect(comparison!.changedSections).toBe(1);
    const enforcement = comparison!.sections.find((s) => s.change !== "same")!;
    expect(enforcement.key).toBe("enforcement");
    const changed = enforcement.paragraphs.filter((p) => p.some((part) => part.type !== "same"));
    expect(changed).toHaveLength(1);
    expect(changed[0].filter((p) => p.type === "added").map((p) => p.text).join("")).toContain("23");
    expect(enforcement.paragraphs.length).toBeGreaterThan(1);

    // The clerk's own view never reaches the reviewer's comparison: a clerk of another unit gets nothing.
    await expectAppError(getReviewComparison({ actor: world.otherClerk, reportId: id, mode: "previous" }), "NOT_FOUND");
  });

  it("publishes only an approved report, on an allowed date, and refuses every other attempt", async () => {
    const world = await createWorld();
    const { id, version: v } = await createReport(world, { submit: true });
    await expectAppError(publishReport({ actor: world.reviewer, reportId: id, version: v }), "INVALID_TRANSITION");
    await expectAppError(publishReport({ actor: world.clerk, reportId: id, version: v }), "FORBIDDEN");
    await approveReport({ actor: world.reviewer, reportId: id, version: v });
    const tomorrow = new Date(chinaToday().getTime() + 86_400_000);
    await expectAppError(publishReport({ actor: world.reviewer, reportId: id, version: v + 1, publishedAt: toCalendarDateString(tomorrow) }), "BAD_PUBLISH_DATE");
    await expectAppError(publishReport({ actor: world.reviewer, reportId: id, version: v + 1, publishedAt: `${world.year}-12-31` }), "BAD_PUBLISH_DATE");
    expect(await reportRow(id)).toMatchObject({ status: "APPROVED", version: v + 1 });
    expect(await db.publication.count({ where: { reportId: id } })).toBe(0);
    expect((await db.report.findUniqueOrThrow({ where: { id } })).indexNumber).toBeNull();
  });

  it("audits a refused permission in its own transaction (the command's rolled back)", async () => {
    const world = await createWorld();
    const report = await approved(world);
    const error = await publishReport({ actor: world.clerk, reportId: report.id, version: report.version }).catch((e: unknown) => e);
    const result = await failureResult(error, { actor: world.clerk, action: "report:publish", reportId: report.id });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: "您没有执行此操作的权限。" });
    const denial = await db.auditEvent.findFirstOrThrow({ where: { kind: "PERMISSION_DENIED", actorId: world.clerk.id } });
    expect(denial.data).toEqual({ action: "report:publish", code: "FORBIDDEN", reportId: report.id });
    expect((await reportRow(report.id)).status).toBe("APPROVED");
  });

  it("corrects a published report: same 索引号, a new revision, a required 更正说明, the old text kept", async () => {
    const world = await createWorld();
    const report = await published(world, "2025-02-01");
    const originalPage = await getPublishedReport({ year: world.year, unitSlug: world.unit.slug });
    const originalParagraph = originalPage!.sections.find((s) => s.key === "enforcement")!.paragraphs[0];
    const trail = auditTrail(report.id);
    await trail.newEvents();

    // Starting a correction needs a reason and the current version.
    await expectAppError(reopenForCorrection({ actor: world.reviewer, reportId: report.id, version: report.version, comment: " " }), "COMMENT_REQUIRED");
    await expectAppError(reopenForCorrection({ actor: world.reviewer, reportId: report.id, version: report.version - 1, comment: "更正执法数据" }), "STALE_VIEW");
    await expectAppError(reopenForCorrection({ actor: world.clerk, reportId: report.id, version: report.version, comment: "更正执法数据" }), "FORBIDDEN");
    await trail.expectNone();

    await reopenForCorrection({ actor: world.reviewer, reportId: report.id, version: report.version, comment: "执法人员数有误，请更正。", sectionKey: "enforcement" });
    expect((await reportRow(report.id)).status).toBe("RETURNED");
    expect((await trail.newEvents()).map((e) => e.kind)).toEqual(["COMMENT_ADDED", "REPORT_REOPENED"]);

    // The public still sees the publication while the unit corrects it.
    expect((await getPublishedReport({ year: world.year, unitSlug: world.unit.slug }))!.sections.find((s) => s.key === "enforcement")!.paragraphs[0]).toBe(originalParagraph);
    expect((await listPublishedReports({ year: world.year })).some((r) => r.indexNumber === report.indexNumber)).toBe(true);

    const comment = await db.reviewComment.findFirstOrThrow({ where: { reportId: report.id, status: "OPEN" } });
    await rewriteParagraph(world.clerk, report.id, "enforcement", 0, () => "全镇执法人员25人（更正）。");
    await answerComment({ actor: world.clerk, commentId: comment.id, answer: "已更正为25人。" });
    await submitReport({ actor: world.clerk, reportId: report.id });

    const review = await getReviewComparison({ actor: world.reviewer, reportId: report.id, mode: "published" });
    expect(review.available.published).toBe(true);
    expect(review.comparison!.sections.filter((s) => s.change !== "same").map((s) => s.key)).toEqual(["enforcement"]);

    await approveReport({ actor: world.reviewer, reportId: report.id, version: await version(report.id) });
    const v = await version(report.id);
    await expectAppError(publishReport({ actor: world.reviewer, reportId: report.id, version: v, publishedAt: "2025-03-01" }), "CORRECTION_NOTE_REQUIRED");
    await expectAppError(
      publishReport({ actor: world.reviewer, reportId: report.id, version: v, publishedAt: "2025-01-31", correctionNote: "更正执法人员数。" }),
      "BAD_PUBLISH_DATE",
    );
    await trail.newEvents();
    const corrected = await publishReport({ actor: world.reviewer, reportId: report.id, version: v, publishedAt: "2025-03-01", correctionNote: "更正执法人员数。" });
    expect(corrected).toMatchObject({ indexNumber: report.indexNumber, isCorrection: true });
    const events = await trail.newEvents();
    expect(events.map((e) => e.kind)).toEqual(["REPORT_CORRECTED"]);
    expect(events[0].data).toMatchObject({ indexNumber: report.indexNumber, correctionNote: "更正执法人员数。", to: "PUBLISHED" });

    const publications = await db.publication.findMany({ where: { reportId: report.id }, orderBy: { createdAt: "asc" }, include: { revision: { select: { kind: true } } } });
    expect(publications.map((p) => [p.isCurrent, p.correctionNote, p.indexNumber, p.revision.kind])).toEqual([
      [false, null, report.indexNumber, "PUBLICATION"],
      [true, "更正执法人员数。", report.indexNumber, "CORRECTION"],
    ]);

    const page = await getPublishedReport({ year: world.year, unitSlug: world.unit.slug });
    expect(page).toMatchObject({ version: 2, isCurrentVersion: true, indexNumber: report.indexNumber, correction: { note: "更正执法人员数。" } });
    expect(page!.publishedAt.toISOString().slice(0, 10)).toBe("2025-02-01");
    expect(page!.correction!.at.toISOString().slice(0, 10)).toBe("2025-03-01");
    expect(page!.sections.find((s) => s.key === "enforcement")!.paragraphs[0]).toBe("全镇执法人员25人（更正）。");
    expect(page!.history.map((h) => [h.version, h.isCurrent])).toEqual([
      [1, false],
      [2, true],
    ]);
    const earlier = await getPublishedReport({ year: world.year, unitSlug: world.unit.slug, version: 1 });
    expect(earlier).toMatchObject({ version: 1, isCurrentVersion: false, correction: null });
    expect(earlier!.sections.find((s) => s.key === "enforcement")!.paragraphs[0]).toBe(originalParagraph);
    expect(await getPublishedReport({ year: world.year, unitSlug: world.unit.slug, version: 3 })).toBeNull();
    expect((await listPublishedReports({ year: world.year })).find((r) => r.indexNumber === report.indexNumber)).toMatchObject({ isCorrected: true });
  });

  it("withdraws a published report with a reason: the page keeps the notice, not the text", async () => {
    const world = await createWorld();
    const report = await published(world);
    const trail = auditTrail(report.id);
    await trail.newEvents();

    await expectAppError(withdrawReport({ actor: world.reviewer, reportId: report.id, version: report.version, reason: "  " }), "REASON_REQUIRED");
    await expectAppError(withdrawReport({ actor: world.clerk, reportId: report.id, version: report.version, reason: "误发" }), "FORBIDDEN");
    await trail.expectNone();

    await withdrawReport({ actor: world.reviewer, reportId: report.id, version: report.version, reason: "含有个人信息，撤回处理。" });
    expect((await reportRow(report.id)).status).toBe("WITHDRAWN");
    const event = await trail.expectOne("REPORT_WITHDRAWN", world.reviewer.id);
    expect(event.data).toMatchObject({ from: "PUBLISHED", to: "WITHDRAWN", reason: "含有个人信息，撤回处理。", indexNumber: report.indexNumber });

    const page = await getPublishedReport({ year: world.year, unitSlug: world.unit.slug });
    expect(page).toMatchObject({ withdrawn: { reason: "含有个人信息，撤回处理。" }, sections: [] });
    expect(page!.title).toContain(world.unit.shortName);
    expect((await listPublishedReports({ year: world.year })).find((r) => r.indexNumber === report.indexNumber)).toMatchObject({ isWithdrawn: true });

    // Withdrawn once is final for that publication; a correction can bring the report back.
    await expectAppError(withdrawReport({ actor: world.reviewer, reportId: report.id, version: report.version + 1, reason: "再次撤回" }), "INVALID_TRANSITION");
    await reopenForCorrection({ actor: world.reviewer, reportId: report.id, version: report.version + 1, comment: "删除个人信息后重新发布。" });
    expect((await reportRow(report.id)).status).toBe("RETURNED");
    // Still withdrawn publicly until the corrected text is published.
    expect((await getPublishedReport({ year: world.year, unitSlug: world.unit.slug }))!.withdrawn).not.toBeNull();
  });

  it("gives concurrent first publications of one unit distinct, consecutive 索引号", async () => {
    const world = await createWorld();
    const first = await approved(world);
    await createYear({ districtId: world.district.id, year: world.year - 1 });
    const { id } = await openReport({ actor: world.clerk, year: world.year - 1 });
    await fillRequiredSections(world.clerk, id);
    await submitReport({ actor: world.clerk, reportId: id });
    await approveReport({ actor: world.reviewer, reportId: id, version: 2 });

    const results = await Promise.all([
      publishReport({ actor: world.reviewer, reportId: first.id, version: first.version, publishedAt: "2025-03-01" }),
      publishReport({ actor: world.reviewer, reportId: id, version: 3, publishedAt: "2025-03-01" }),
    ]);
    expect(results.map((r) => r.indexNumber).sort()).toEqual([`${world.unit.orgCode}/2025-00001`, `${world.unit.orgCode}/2025-00002`]);
    const stored = await db.report.findMany({ where: { id: { in: [first.id, id] } }, select: { indexNumber: true } });
    expect(new Set(stored.map((r) => r.indexNumber)).size).toBe(2);
  });

  it("publishes a batch: each report on its own, refusals reported and audited, the rest published", async () => {
    const world = await createWorld();
    const a = await approved(world);
    const other = await createWorld();
    const foreign = await approved(other);
    const stale = { ...a };
    const b = await (async () => {
      // A second approved report from another unit of the same district.
      const { id } = await openReport({ actor: world.otherClerk, year: world.year });
      await fillRequiredSections(world.otherClerk, id);
      await submitReport({ actor: world.otherClerk, reportId: id });
      await approveReport({ actor: world.reviewer, reportId: id, version: 2 });
      return { id, version: 3 };
    })();

    const outcomes = await publishReports({
      actor: world.reviewer,
      publishedAt: "2025-02-10",
      items: [
        { reportId: a.id, version: a.version },
        { reportId: b.id, version: b.version },
        { reportId: foreign.id, version: foreign.version },
        { reportId: stale.id, version: stale.version },
      ],
    });
    expect(outcomes.map((o) => [o.reportId, o.ok, o.ok ? null : o.code])).toEqual([
      [a.id, true, null],
      [b.id, true, null],
      [foreign.id, false, "NOT_FOUND"],
      [a.id, false, "INVALID_TRANSITION"],
    ]);
    expect((await reportRow(a.id)).status).toBe("PUBLISHED");
    expect((await reportRow(b.id)).status).toBe("PUBLISHED");
    expect((await reportRow(foreign.id)).status).toBe("APPROVED");
    const denial = await db.auditEvent.findFirstOrThrow({ where: { kind: "PERMISSION_DENIED", actorId: world.reviewer.id } });
    expect(denial.data).toMatchObject({ action: "report:publish", reportId: foreign.id });
    expect(await db.auditEvent.count({ where: { kind: "REPORT_PUBLISHED", reportId: { in: [a.id, b.id] } } })).toBe(2);
  });
});

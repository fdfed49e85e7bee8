import { beforeAll, describe, expect, it } from "vitest";
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
import { createReport, createUser, createWorld, fillRequiredSections, type World } from "../factories";
import { auditTrail, expectAppError, reportRow, sectionRow } from "./helpers";

describe("authorization of report commands", () => {
  describe("on a draft", () => {
    let world: World;
    let reportId: string;

    beforeAll(async () => {
      world = await createWorld();
      reportId = (await openReport({ actor: world.clerk, year: world.year })).id;
      await fillRequiredSections(world.clerk, reportId);
    });

    it("refuses another unit's clerk saving or submitting it, as NOT_FOUND, and writes nothing", async () => {
      const trail = auditTrail(reportId);
      await trail.newEvents();
      const before = await sectionRow(reportId, "reform");
      await expectAppError(
        saveSection({ actor: world.otherClerk, input: { reportId, key: "reform", version: before.version, title: "改革", body: "越权", metrics: {} } }),
        "NOT_FOUND",
      );
      await expectAppError(submitReport({ actor: world.otherClerk, reportId }), "NOT_FOUND");
      expect(await sectionRow(reportId, "reform")).toMatchObject({ version: before.version, body: before.body });
      expect(await reportRow(reportId)).toMatchObject({ status: "DRAFT", version: 1 });
      await trail.expectNone();
    });

    it("does not show it to another unit's clerk, the reviewer or the admin", async () => {
      expect(await getReport({ actor: world.otherClerk, reportId })).toBeNull();
      expect(await getReport({ actor: world.reviewer, reportId })).toBeNull();
      expect(await getReport({ actor: world.admin, reportId })).toBeNull();
      const own = await getReport({ actor: world.clerk, reportId });
      expect(own).toMatchObject({ id: reportId, status: "DRAFT" });
    });

    it("lists the unit's draft for the reviewer by status only, without a link to it", async () => {
      const review = await getReviewDashboard({ actor: world.reviewer, query: parseDashboardQuery({ year: String(world.year) }) });
      expect(review?.rows.find((r) => r.unit.id === world.unit.id)?.report).toMatchObject({ id: null, status: "DRAFT" });
      expect(review?.rows.find((r) => r.unit.id === world.otherUnit.id)?.report).toBeNull();
    });

    it("refuses the reviewer deciding on a draft as NOT_FOUND", async () => {
      await expectAppError(approveReport({ actor: world.reviewer, reportId, version: 1 }), "NOT_FOUND");
      await expectAppError(addComment({ actor: world.reviewer, input: { reportId, sectionKey: null, body: "意见" } }), "NOT_FOUND");
      expect(await reportRow(reportId)).toMatchObject({ status: "DRAFT", version: 1 });
    });

    it("refuses reviewers and admins opening a report of their own (they have no unit)", async () => {
      await expectAppError(openReport({ actor: world.reviewer, year: world.year }), "FORBIDDEN");
      await expectAppError(openReport({ actor: world.admin, year: world.year }), "FORBIDDEN");
    });
  });

  describe("on a submitted report", () => {
    let world: World;
    let reportId: string;
    let version: number;

    beforeAll(async () => {
      world = await createWorld();
      ({ id: reportId, version } = await createReport(world, { submit: true }));
    });

    it("refuses the clerk approving, returning or publishing their own report, as FORBIDDEN", async () => {
      await expectAppError(approveReport({ actor: world.clerk, reportId, version }), "FORBIDDEN");
      await expectAppError(returnReport({ actor: world.clerk, reportId, version, comment: "自己退回" }), "FORBIDDEN");
      await expectAppError(addComment({ actor: world.clerk, input: { reportId, sectionKey: null, body: "自评" } }), "FORBIDDEN");
      expect(await reportRow(reportId)).toMatchObject({ status: "SUBMITTED", version });
      expect(await db.reviewComment.count({ where: { reportId } })).toBe(0);
    });

    it("refuses another unit's clerk as NOT_FOUND, even now that the district can see it", async () => {
      expect(await getReport({ actor: world.otherClerk, reportId })).toBeNull();
      await expectAppError(approveReport({ actor: world.otherClerk, reportId, version }), "NOT_FOUND");
      await expectAppError(submitReport({ actor: world.otherClerk, reportId }), "NOT_FOUND");
    });

    it("lets the admin read it but not approve it (FORBIDDEN)", async () => {
      expect(await getReport({ actor: world.admin, reportId })).toMatchObject({ id: reportId, status: "SUBMITTED" });
      await expectAppError(approveReport({ actor: world.admin, reportId, version }), "FORBIDDEN");
      expect(await reportRow(reportId)).toMatchObject({ status: "SUBMITTED", version });
    });

    it("does not show it to a reviewer of another district", async () => {
      const elsewhere = await createWorld();
      expect(await getReport({ actor: elsewhere.reviewer, reportId })).toBeNull();
      await expectAppError(approveReport({ actor: elsewhere.reviewer, reportId, version }), "NOT_FOUND");
    });

    it("refuses publishing before approval as INVALID_TRANSITION", async () => {
      await expectAppError(publishReport({ actor: world.reviewer, reportId, version }), "INVALID_TRANSITION");
      expect(await db.publication.count({ where: { reportId } })).toBe(0);
    });

    it("refuses the clerk answering a comment of another unit's report as NOT_FOUND", async () => {
      const comment = await addComment({ actor: world.reviewer, input: { reportId, sectionKey: "reform", body: "请补充数据。" } });
      await returnReport({ actor: world.reviewer, reportId, version });
      await expectAppError(answerComment({ actor: world.otherClerk, commentId: comment.id, answer: "越权答复" }), "NOT_FOUND");
      expect(await db.reviewComment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ status: "OPEN", answer: null });
      // A clerk of the same unit who is not the author may answer: the report belongs to the unit.
      const colleague = await createUser({ districtId: world.district.id, role: "CLERK", unitId: world.unit.id });
      await answerComment({ actor: colleague, commentId: comment.id, answer: "已补充。" });
      expect(await db.reviewComment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ status: "ANSWERED", answeredById: colleague.id });
    });
  });
});

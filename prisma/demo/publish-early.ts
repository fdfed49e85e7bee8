// Publishes an open-cycle report before its year is over. lib/reports/publish-report.ts refuses
// a 发布日期 before 1 January of the following year, but the demo shows a unit that has
// published early whenever it runs (even in December), so this writes exactly what
// publishReport writes (transition, revision, publication, search index, audit event) and
// leaves out only that date rule.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { createRevision } from "@/lib/reports/create-revision";
import { formatIndexNumber, indexNumberPrefix } from "@/lib/reports/index-number";
import { indexPublishedText } from "@/lib/public/search/index-published-text";
import { toCalendarDateString } from "@/lib/dates";
import { setClock } from "./clock";
import { officeTime } from "./report-steps";

export async function publishEarly(reviewer: Actor, reportId: string, day: Date): Promise<void> {
  setClock(officeTime(day, 60));
  await db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, reviewer, "report:publish", reportId);
    const prefix = indexNumberPrefix(report.orgCode, day.getUTCFullYear());
    const last = await tx.report.findFirst({ where: { indexNumber: { startsWith: prefix } }, orderBy: { indexNumber: "desc" }, select: { indexNumber: true } });
    const indexNumber = formatIndexNumber(report.orgCode, day.getUTCFullYear(), (Number(last?.indexNumber?.slice(prefix.length)) || 0) + 1);
    await transitionReport(tx, report, "publish", { expectedVersion: report.version, data: { docNumber: report.docNumber, indexNumber } });
    const revision = await createRevision(tx, report, { kind: "PUBLICATION", actorId: reviewer.id, docNumber: report.docNumber });
    await tx.publication.create({
      data: { reportId, revisionId: revision.id, indexNumber, publishedAt: day, publisher: report.unitName, docNumber: report.docNumber, createdById: reviewer.id },
    });
    await indexPublishedText(tx, reportId);
    await recordAudit(tx, {
      kind: "REPORT_PUBLISHED",
      actorId: reviewer.id,
      districtId: report.districtId,
      reportId,
      data: { from: report.status, to: "PUBLISHED", indexNumber, revision: revision.number, publishedAt: toCalendarDateString(day) },
    });
  });
}

import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { createRevision } from "@/lib/reports/create-revision";
import { formatIndexNumber, indexNumberPrefix } from "@/lib/reports/index-number";
import { chinaToday, parseCalendarDate } from "@/lib/dates";

export type PublishReportOptions = {
  actor: Actor;
  reportId: string;
  version: number;
  /** yyyy-mm-dd; today in China when omitted. */
  publishedAt?: string;
  docNumber?: string;
};

export async function publishReport(options: PublishReportOptions): Promise<{ indexNumber: string; year: number; unitSlug: string }> {
  const publishedAt = options.publishedAt ? parseCalendarDate(options.publishedAt) : chinaToday();
  if (!publishedAt) throw new AppError("INVALID_INPUT", "发布日期无效。");

  return db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, options.actor, "report:publish", options.reportId);
    const docNumber = options.docNumber?.trim() ?? report.docNumber;
    await transitionReport(tx, report, "publish", { expectedVersion: options.version, data: { docNumber } });
    const revision = await createRevision(tx, report, { kind: "PUBLICATION", actorId: options.actor.id, docNumber });

    const publishYear = publishedAt.getUTCFullYear();
    const prefix = indexNumberPrefix(report.orgCode, publishYear);
    const taken = await tx.publication.count({ where: { indexNumber: { startsWith: prefix } } });
    const indexNumber = formatIndexNumber(report.orgCode, publishYear, taken + 1);

    await tx.publication.updateMany({ where: { reportId: report.id, isCurrent: true }, data: { isCurrent: false } });
    await tx.publication.create({
      data: {
        reportId: report.id,
        revisionId: revision.id,
        indexNumber,
        publishedAt,
        publisher: report.unitName,
        docNumber,
        createdById: options.actor.id,
      },
    });
    await recordAudit(tx, {
      kind: "REPORT_PUBLISHED",
      actorId: options.actor.id,
      districtId: report.districtId,
      reportId: report.id,
      data: { from: report.status, to: "PUBLISHED", indexNumber, revision: revision.number },
    });
    return { indexNumber, year: report.year, unitSlug: report.unitSlug };
  });
}

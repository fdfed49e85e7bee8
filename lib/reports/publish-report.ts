import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport, type ReportContext } from "@/lib/reports/authorize-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { createRevision } from "@/lib/reports/create-revision";
import { highestSequence, indexNumberPrefixFor, renderIndexNumber } from "@/lib/reports/index-number";
import { isAllowedPublishDate } from "@/lib/reports/publish-date";
import { retryOnUniqueViolation } from "@/lib/retry-unique";
import { chinaToday, parseCalendarDate } from "@/lib/dates";
import { recordPublication } from "@/lib/reports/record-publication";

export type PublishReportOptions = {
  actor: Actor;
  reportId: string;
  version: number;
  /** yyyy-mm-dd; today in China when omitted. */
  publishedAt?: string;
  /** 字号; the report's own when omitted. */
  docNumber?: string;
  /** 更正说明: required when the report has been published before (the publication is a correction). */
  correctionNote?: string;
};

export type PublishResult = { indexNumber: string; year: number; unitSlug: string; unitShortName: string; isCorrection: boolean };

/**
 * Publishes an approved report: freezes a revision and makes it the report's current
 * publication. A report published before gets a correction instead: same 索引号, a new
 * revision, and a 更正说明 the public sees; the earlier publications stay as its history.
 */
export async function publishReport(options: PublishReportOptions): Promise<PublishResult> {
  const today = chinaToday();
  const publishedAt = options.publishedAt ? parseCalendarDate(options.publishedAt) : today;
  if (!publishedAt) throw new AppError("INVALID_INPUT", "发布日期无效。");

  return retryOnUniqueViolation(() =>
    db.$transaction(async (tx) => {
      const report = await authorizeReport(tx, options.actor, "report:publish", options.reportId);
      const previous = await tx.publication.findFirst({
        where: { reportId: report.id, isCurrent: true },
        select: { publishedAt: true },
      });
      const isCorrection = report.indexNumber !== null;
      const correctionNote = options.correctionNote?.trim() || null;
      if (isCorrection && !correctionNote) throw new AppError("CORRECTION_NOTE_REQUIRED");
      if (!isAllowedPublishDate({ date: publishedAt, reportYear: report.year, today, previous: previous?.publishedAt ?? null })) {
        throw new AppError("BAD_PUBLISH_DATE");
      }

      const docNumber = options.docNumber?.trim() ?? report.docNumber;
      const district = await tx.district.findUniqueOrThrow({
        where: { id: report.districtId },
        select: { publisherPattern: true, indexNumberPattern: true },
      });
      const indexNumber = report.indexNumber ?? (await nextIndexNumber(tx, report, publishedAt, district.indexNumberPattern));
      await transitionReport(tx, report, "publish", { expectedVersion: options.version, data: { docNumber, indexNumber } });
      const revision = await createRevision(tx, report, { kind: isCorrection ? "CORRECTION" : "PUBLICATION", actorId: options.actor.id, docNumber });

      await recordPublication(tx, {
        reportId: report.id,
        revisionId: revision.id,
        indexNumber,
        publishedAt,
        publisherPattern: district.publisherPattern,
        unitName: report.unitName,
        docNumber,
        correctionNote: isCorrection ? correctionNote : null,
        actorId: options.actor.id,
      });
      await recordAudit(tx, {
        kind: isCorrection ? "REPORT_CORRECTED" : "REPORT_PUBLISHED",
        actorId: options.actor.id,
        districtId: report.districtId,
        reportId: report.id,
        data: {
          from: report.status,
          to: "PUBLISHED",
          indexNumber,
          revision: revision.number,
          publishedAt: options.publishedAt ?? null,
          ...(isCorrection ? { correctionNote } : {}),
        },
      });
      return { indexNumber, year: report.year, unitSlug: report.unitSlug, unitShortName: report.unitShortName, isCorrection };
    }),
  );
}

/**
 * The next free 索引号 in the district's pattern. Read inside the transaction; a concurrent
 * publication taking the same number loses on the unique index and runs again.
 */
export async function nextIndexNumber(tx: Tx, report: Pick<ReportContext, "orgCode">, publishedAt: Date, pattern: string): Promise<string> {
  const values = { orgCode: report.orgCode, year: publishedAt.getUTCFullYear() };
  const prefix = indexNumberPrefixFor(pattern, values);
  // All of the prefix's numbers, not the string-highest one: "100000" sorts before "99999".
  const taken = await tx.report.findMany({ where: { indexNumber: { startsWith: prefix } }, select: { indexNumber: true } });
  return renderIndexNumber(pattern, values, highestSequence(prefix, taken.map((r) => r.indexNumber ?? "")) + 1);
}

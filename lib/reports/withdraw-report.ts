import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { indexPublishedText } from "@/lib/public/search/index-published-text";

/**
 * Withdraws a published report. Its public page stays, with the date and reason, but without
 * the text: a report is usually withdrawn because something in it must not be public.
 */
export async function withdrawReport({ actor, reportId, version, reason }: { actor: Actor; reportId: string; version: number; reason: string }): Promise<void> {
  const withdrawReason = reason.trim();
  if (!withdrawReason) throw new AppError("REASON_REQUIRED");
  await db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:withdraw", reportId);
    await transitionReport(tx, report, "withdraw", { expectedVersion: version });
    const withdrawnAt = new Date();
    const updated = await tx.publication.updateMany({
      where: { reportId, isCurrent: true, withdrawnAt: null },
      data: { withdrawnAt, withdrawReason },
    });
    if (updated.count !== 1) throw new AppError("INVALID_TRANSITION");
    await indexPublishedText(tx, reportId);
    await recordAudit(tx, {
      kind: "REPORT_WITHDRAWN",
      actorId: actor.id,
      districtId: report.districtId,
      reportId,
      data: { from: report.status, to: "WITHDRAWN", reason: withdrawReason, indexNumber: report.indexNumber },
    });
  });
}

import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { transitionReport } from "@/lib/reports/transition-report";

export type ReopenOptions = { actor: Actor; reportId: string; version: number; comment: string; sectionKey?: string | null };

/**
 * Starts a correction: the published (or withdrawn) report goes back to its unit with a comment
 * saying what to correct. The public keeps seeing the current publication until the corrected
 * text is approved and published with its 更正说明.
 */
export async function reopenForCorrection({ actor, reportId, version, comment, sectionKey }: ReopenOptions): Promise<void> {
  const body = comment.trim();
  if (!body) throw new AppError("COMMENT_REQUIRED", "发起更正时须写明需要更正的内容。");
  await db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:correct", reportId);
    if (sectionKey) {
      const section = await tx.reportSection.findUnique({ where: { reportId_key: { reportId, key: sectionKey } }, select: { id: true } });
      if (!section) throw new AppError("NOT_FOUND");
    }
    await transitionReport(tx, report, "correct", { expectedVersion: version });
    const revision = await tx.revision.findFirst({ where: { reportId }, orderBy: { number: "desc" }, select: { id: true } });
    const created = await tx.reviewComment.create({
      data: { reportId, sectionKey: sectionKey ?? null, body, authorId: actor.id, revisionId: revision?.id },
      select: { id: true },
    });
    await recordAudit(tx, { kind: "COMMENT_ADDED", actorId: actor.id, districtId: report.districtId, reportId, sectionKey, targetId: created.id, data: { withReturn: true } });
    await recordAudit(tx, {
      kind: "REPORT_REOPENED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId,
      targetId: created.id,
      data: { from: report.status, to: "RETURNED", comment: body },
    });
  });
}

import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";

/**
 * The reviewer closes a comment: accepted after the clerk's answer, or dropped before it. A
 * resolved comment no longer blocks the unit's submission.
 */
export async function resolveComment({ actor, commentId }: { actor: Actor; commentId: string }): Promise<{ reportId: string }> {
  return db.$transaction(async (tx) => {
    const comment = await tx.reviewComment.findUnique({ where: { id: commentId }, select: { reportId: true, sectionKey: true, status: true } });
    if (!comment) throw new AppError("NOT_FOUND");
    const report = await authorizeReport(tx, actor, "comment:resolve", comment.reportId);
    const updated = await tx.reviewComment.updateMany({
      where: { id: commentId, status: { in: ["OPEN", "ANSWERED"] } },
      data: { status: "RESOLVED", resolvedById: actor.id, resolvedAt: new Date() },
    });
    if (updated.count === 0) throw new AppError("INVALID_TRANSITION", "这条意见已经解决。");
    await recordAudit(tx, {
      kind: "COMMENT_RESOLVED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId: report.id,
      sectionKey: comment.sectionKey,
      targetId: commentId,
      data: { before: comment.status },
    });
    return { reportId: report.id };
  });
}

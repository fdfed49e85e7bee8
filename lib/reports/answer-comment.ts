import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";

/** The clerk's 整改说明 on a reviewer's comment; answering closes it for submission. */
export async function answerComment({ actor, commentId, answer }: { actor: Actor; commentId: string; answer: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const comment = await tx.reviewComment.findUnique({ where: { id: commentId }, select: { reportId: true, sectionKey: true, status: true } });
    if (!comment) throw new AppError("NOT_FOUND");
    const report = await authorizeReport(tx, actor, "comment:answer", comment.reportId);
    if (comment.status !== "OPEN") throw new AppError("INVALID_TRANSITION", "这条意见已经答复或已解决，无需再次答复。");
    await tx.reviewComment.update({
      where: { id: commentId },
      data: { answer, status: "ANSWERED", answeredById: actor.id, answeredAt: new Date() },
    });
    await recordAudit(tx, {
      kind: "COMMENT_ANSWERED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId: report.id,
      sectionKey: comment.sectionKey,
      targetId: commentId,
    });
  });
}

import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import type { CommentInput } from "@/lib/reports/schemas";

export async function addComment({ actor, input }: { actor: Actor; input: CommentInput }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:comment", input.reportId);
    if (input.sectionKey) {
      const section = await tx.reportSection.findUnique({
        where: { reportId_key: { reportId: report.id, key: input.sectionKey } },
        select: { id: true },
      });
      if (!section) throw new AppError("NOT_FOUND");
    }
    const revision = await tx.revision.findFirst({ where: { reportId: report.id }, orderBy: { number: "desc" }, select: { id: true } });
    const comment = await tx.reviewComment.create({
      data: { reportId: report.id, sectionKey: input.sectionKey, body: input.body, authorId: actor.id, revisionId: revision?.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      kind: "COMMENT_ADDED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId: report.id,
      sectionKey: input.sectionKey,
      targetId: comment.id,
      // The head's comment before sign-off is for the clerk; the district's for the whole unit.
      data: { duringSignOff: report.status === "AWAITING_SIGNOFF" },
    });
    return comment;
  });
}

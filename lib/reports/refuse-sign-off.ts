import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { transitionReport } from "@/lib/reports/transition-report";

/** The unit head sends the report back to the clerk; like a return, it needs an open comment. */
export async function refuseSignOff({ actor, reportId, version, comment }: { actor: Actor; reportId: string; version: number; comment?: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:refuse-signoff", reportId);
    if (comment) {
      const created = await tx.reviewComment.create({ data: { reportId, body: comment, authorId: actor.id }, select: { id: true } });
      await recordAudit(tx, { kind: "COMMENT_ADDED", actorId: actor.id, districtId: report.districtId, reportId, targetId: created.id, data: { withReturn: true } });
    }
    const open = await tx.reviewComment.count({ where: { reportId, status: "OPEN" } });
    if (open === 0) throw new AppError("COMMENT_REQUIRED");
    await transitionReport(tx, report, "refuseSignOff", { expectedVersion: version });
    await recordAudit(tx, {
      kind: "REPORT_SIGNOFF_REFUSED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId,
      data: { from: report.status, to: "DRAFT", openComments: open },
    });
  });
}

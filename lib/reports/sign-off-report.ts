import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { createRevision } from "@/lib/reports/create-revision";

/**
 * The unit head's 审签: submits the report to the district. The submission revision records who
 * signed it off and when, and so does the audit log; the head's own comments are settled by it.
 */
export async function signOffReport({ actor, reportId, version }: { actor: Actor; reportId: string; version: number }): Promise<{ revision: number }> {
  return db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:sign-off", reportId);
    const at = new Date();
    await transitionReport(tx, report, "signOff", { expectedVersion: version, data: { submittedAt: at } });
    const revision = await createRevision(tx, report, { kind: "SUBMISSION", actorId: actor.id, signedOff: { byId: actor.id, at } });
    await tx.reviewComment.updateMany({
      where: { reportId, status: { in: ["OPEN", "ANSWERED"] }, author: { role: "UNIT_HEAD" } },
      data: { status: "RESOLVED", resolvedById: actor.id, resolvedAt: at },
    });
    await recordAudit(tx, {
      kind: "REPORT_SIGNED_OFF",
      actorId: actor.id,
      districtId: report.districtId,
      reportId,
      data: { from: report.status, to: "SUBMITTED", revision: revision.number, signedOffAt: at.toISOString() },
    });
    return { revision: revision.number };
  });
}

import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { createRevision } from "@/lib/reports/create-revision";

export async function approveReport({ actor, reportId, version }: { actor: Actor; reportId: string; version: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:approve", reportId);
    await transitionReport(tx, report, "approve", { expectedVersion: version });
    const revision = await createRevision(tx, report, { kind: "APPROVAL", actorId: actor.id });
    await tx.reviewComment.updateMany({
      where: { reportId, status: { in: ["OPEN", "ANSWERED"] } },
      data: { status: "RESOLVED", resolvedById: actor.id, resolvedAt: new Date() },
    });
    await recordAudit(tx, {
      kind: "REPORT_APPROVED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId,
      data: { from: report.status, to: "APPROVED", revision: revision.number },
    });
  });
}

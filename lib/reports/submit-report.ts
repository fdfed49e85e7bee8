import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { createRevision } from "@/lib/reports/create-revision";
import { assertReadyToSubmit } from "@/lib/reports/assert-ready-to-submit";

export async function submitReport({ actor, reportId }: { actor: Actor; reportId: string }): Promise<{ revision: number }> {
  return db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:submit", reportId);
    await assertReadyToSubmit(tx, report);
    await transitionReport(tx, report, "submit", { data: { submittedAt: new Date() } });
    const revision = await createRevision(tx, report, { kind: "SUBMISSION", actorId: actor.id });
    await recordAudit(tx, {
      kind: "REPORT_SUBMITTED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId,
      data: { from: report.status, to: "SUBMITTED", revision: revision.number },
    });
    return { revision: revision.number };
  });
}

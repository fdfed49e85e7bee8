import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeReport } from "@/lib/reports/authorize-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { assertReadyToSubmit } from "@/lib/reports/assert-ready-to-submit";

/** In a year with the unit's sign-off, the clerk's "submit": the report goes to the unit head. */
export async function requestSignOff({ actor, reportId }: { actor: Actor; reportId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const report = await authorizeReport(tx, actor, "report:request-signoff", reportId);
    await assertReadyToSubmit(tx, report);
    await transitionReport(tx, report, "requestSignOff");
    await recordAudit(tx, {
      kind: "REPORT_SIGNOFF_REQUESTED",
      actorId: actor.id,
      districtId: report.districtId,
      reportId,
      data: { from: report.status, to: "AWAITING_SIGNOFF" },
    });
  });
}

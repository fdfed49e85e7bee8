import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { canSeeReport, type Actor } from "@/lib/auth/permissions";

export type PageDenialOptions = { actor: Actor; path: string; reportId: string };

/**
 * Answers a report page the user may not see as "not found" (so its existence is not revealed)
 * and, when the report exists and is hidden from the user, records the refused visit in its own transaction: the page
 * has nothing else to commit. The report id goes into the event's data, not its report column,
 * so the refused attempt does not show in the other unit's own history.
 */
export async function denyReportPage(options: PageDenialOptions): Promise<never> {
  const report = await db.report.findUnique({
    where: { id: options.reportId },
    select: { unitId: true, status: true, unit: { select: { districtId: true } } },
  });
  // Only a real refusal is recorded: not a mistyped id, nor a missing section of a visible report.
  if (report && !canSeeReport(options.actor, { unitId: report.unitId, districtId: report.unit.districtId, status: report.status })) {
    const reason = options.actor.role === "CLERK" && report.unitId !== options.actor.unitId ? "OTHER_UNIT" : "NOT_VISIBLE";
    await db.$transaction((tx) =>
      recordAudit(tx, {
        kind: "PAGE_DENIED",
        actorId: options.actor.id,
        districtId: options.actor.districtId,
        data: { path: options.path.slice(0, 300), reason, reportId: options.reportId },
      }),
    );
  }
  notFound();
}

import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { authorizeReport } from "@/lib/reports/authorize-report";
import type { ReportStatus } from "@/lib/reports/workflow";
import { auditEventSelect, toAuditEntries, type AuditEntry } from "@/lib/audit/audit-entries";

export type ReportTimeline = {
  report: { id: string; title: string; year: number; unitShortName: string; status: ReportStatus };
  events: AuditEntry[];
};

export type ListReportTimelineOptions = { actor: Actor; reportId: string; order?: "asc" | "desc" };

/**
 * Every audit event of one report (DESIGN.md §3: a clerk reads their own unit's reports, the
 * district every report it can see). Throws NOT_FOUND for a report the actor may not see, so a
 * foreign id reveals nothing.
 */
export async function listReportTimeline({ actor, reportId, order = "desc" }: ListReportTimelineOptions): Promise<ReportTimeline> {
  const report = await authorizeReport(db, actor, "audit:read", reportId);
  // The id breaks ties between events written in the same millisecond, so the order is stable.
  const rows = await db.auditEvent.findMany({
    where: { reportId: report.id },
    orderBy: [{ createdAt: order }, { id: order }],
    select: auditEventSelect,
  });
  return {
    report: { id: report.id, title: report.title, year: report.year, unitShortName: report.unitShortName, status: report.status },
    events: await toAuditEntries(actor, rows),
  };
}

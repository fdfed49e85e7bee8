import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nextStatus, type Transition } from "@/lib/reports/workflow";
import type { ReportContext } from "@/lib/reports/authorize-report";

/**
 * Moves the report along the workflow table. The update matches the status and version the
 * caller authorised against, so a concurrent decision (or a stale page) changes nothing.
 */
export async function transitionReport(
  tx: Tx,
  report: ReportContext,
  transition: Transition,
  options: { expectedVersion?: number; data?: { submittedAt?: Date; docNumber?: string; indexNumber?: string } } = {},
): Promise<number> {
  const to = nextStatus(transition, report.status, { unitSignOff: report.unitSignOff });
  if (!to) throw new AppError("INVALID_TRANSITION");
  if (options.expectedVersion !== undefined && options.expectedVersion !== report.version) throw new AppError("STALE_VIEW");
  const updated = await tx.report.updateMany({
    where: { id: report.id, status: report.status, version: report.version },
    data: { status: to, version: { increment: 1 }, ...options.data },
  });
  if (updated.count === 0) throw new AppError("STALE_VIEW");
  return report.version + 1;
}

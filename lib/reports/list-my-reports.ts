import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, isUnitRole, type Actor } from "@/lib/auth/permissions";
import type { ReportStatus } from "@/lib/reports/workflow";
import { isYearWritable } from "@/lib/reports/year-writable";

export type MyReportRow = {
  year: number;
  isOpen: boolean;
  /** The year asks for the unit head's sign-off (单位审签). */
  unitSignOff: boolean;
  internalDeadline: Date | null;
  publicationDeadline: Date;
  /** The actor may start this year's report (a clerk, on an open year without one). */
  canOpen: boolean;
  report: {
    id: string;
    title: string;
    status: ReportStatus;
    updatedAt: Date;
    canEdit: boolean;
    /** A unit head may sign it off or send it back now. */
    canSignOff: boolean;
  } | null;
};

/**
 * Every reporting year of the district, newest first, with the unit's report if it exists: the
 * home of the unit's people, the clerk who writes it and the head who signs it off.
 */
export async function listMyReports({ actor }: { actor: Actor }): Promise<MyReportRow[]> {
  if (!isUnitRole(actor.role)) throw new AppError("FORBIDDEN");
  // An account not (or no longer) tied to a unit sees the years and no report.
  const unitId = actor.unitId ?? "";
  const years = await db.reportingYear.findMany({
    where: { districtId: actor.districtId },
    orderBy: { year: "desc" },
    select: {
      year: true,
      isOpen: true,
      unitSignOff: true,
      internalDeadline: true,
      publicationDeadline: true,
      reports: { where: { unitId }, select: { id: true, title: true, status: true, updatedAt: true, indexNumber: true } },
    },
  });
  return years.map((y) => {
    const report = y.reports[0];
    const scope = report ? { unitId, districtId: actor.districtId, status: report.status, unitSignOff: y.unitSignOff } : undefined;
    const isWritable = report ? isYearWritable({ yearIsOpen: y.isOpen, indexNumber: report.indexNumber }) : y.isOpen;
    return {
      year: y.year,
      isOpen: y.isOpen,
      unitSignOff: y.unitSignOff,
      internalDeadline: y.internalDeadline,
      publicationDeadline: y.publicationDeadline,
      canOpen: !report && y.isOpen && actor.unitId !== null && can(actor, "report:edit"),
      report:
        report && scope
          ? {
              id: report.id,
              title: report.title,
              status: report.status,
              updatedAt: report.updatedAt,
              canEdit: isWritable && can(actor, "report:edit", scope),
              canSignOff: isWritable && can(actor, "report:sign-off", scope),
            }
          : null,
    };
  });
}

import "server-only";
import { db } from "@/lib/db";
import { can, canSeeReport, type Actor } from "@/lib/auth/permissions";
import { statusLabels } from "@/lib/reports/workflow";
import { isYearWritable } from "@/lib/reports/year-writable";

export type ImportPageReport = { id: string; title: string; unitName: string; year: number; canImport: boolean; statusLabel: string };

/** The report an import page names, or null when the user may not import into it (shown as not found). */
export async function getImportPageReport({ actor, reportId }: { actor: Actor; reportId: string }): Promise<ImportPageReport | null> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { id: true, title: true, unitId: true, status: true, indexNumber: true, year: { select: { year: true, isOpen: true } }, unit: { select: { name: true, districtId: true } } },
  });
  if (!report) return null;
  const scope = { unitId: report.unitId, districtId: report.unit.districtId, status: report.status };
  const isAdminInDistrict = can(actor, "report:import-published") && actor.districtId === scope.districtId;
  if (!canSeeReport(actor, scope) && !isAdminInDistrict) return null;
  if (!can(actor, "report:import")) return null;
  return {
    id: report.id,
    title: report.title,
    unitName: report.unit.name,
    year: report.year.year,
    canImport: can(actor, "report:import", scope) && isYearWritable({ yearIsOpen: report.year.isOpen, indexNumber: report.indexNumber }),
    statusLabel: statusLabels[report.status],
  };
}

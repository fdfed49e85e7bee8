import "server-only";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Action, type Actor } from "@/lib/auth/permissions";
import { isBlockedByClosedYear } from "@/lib/reports/year-writable";
import type { ReportStatus } from "@/lib/reports/workflow";

export type ReportContext = {
  id: string;
  unitId: string;
  districtId: string;
  status: ReportStatus;
  version: number;
  title: string;
  docNumber: string;
  /** 索引号, once the report has been published. */
  indexNumber: string | null;
  yearId: string;
  year: number;
  /** False once the admin closed the year: drafting stops, except for corrections. */
  yearIsOpen: boolean;
  /** The year asks for the unit head's sign-off (lib/reports/workflow.ts). */
  unitSignOff: boolean;
  unitKind: "TOWN" | "DEPARTMENT";
  unitName: string;
  unitShortName: string;
  unitSlug: string;
  orgCode: string;
};

/**
 * Loads what permission checks need and asserts the action; a missing report is NOT_FOUND, and
 * drafting on a closed year is YEAR_CLOSED (lib/reports/year-writable.ts).
 */
export async function authorizeReport(client: Tx | Db, actor: Actor, action: Action, reportId: string): Promise<ReportContext> {
  const report = await client.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      unitId: true,
      status: true,
      version: true,
      title: true,
      docNumber: true,
      indexNumber: true,
      yearId: true,
      year: { select: { year: true, isOpen: true, unitSignOff: true } },
      unit: { select: { districtId: true, kind: true, name: true, shortName: true, slug: true, orgCode: true } },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  const context: ReportContext = {
    id: report.id,
    unitId: report.unitId,
    districtId: report.unit.districtId,
    status: report.status,
    version: report.version,
    title: report.title,
    docNumber: report.docNumber,
    indexNumber: report.indexNumber,
    yearId: report.yearId,
    year: report.year.year,
    yearIsOpen: report.year.isOpen,
    unitSignOff: report.year.unitSignOff,
    unitKind: report.unit.kind,
    unitName: report.unit.name,
    unitShortName: report.unit.shortName,
    unitSlug: report.unit.slug,
    orgCode: report.unit.orgCode,
  };
  assertCan(actor, action, context);
  if (isBlockedByClosedYear(action, context)) throw new AppError("YEAR_CLOSED");
  return context;
}

import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { ReportStatus } from "@/lib/reports/workflow";

export type MyReportRow = {
  year: number;
  isOpen: boolean;
  internalDeadline: Date | null;
  publicationDeadline: Date;
  report: { id: string; title: string; status: ReportStatus; updatedAt: Date } | null;
};

/** Every reporting year of the district, newest first, with the clerk's unit's report if it exists. */
export async function listMyReports({ actor }: { actor: Actor }): Promise<MyReportRow[]> {
  assertCan(actor, "report:edit");
  const years = await db.reportingYear.findMany({
    where: { districtId: actor.districtId },
    orderBy: { year: "desc" },
    select: {
      year: true,
      isOpen: true,
      internalDeadline: true,
      publicationDeadline: true,
      reports: { where: { unitId: actor.unitId ?? "" }, select: { id: true, title: true, status: true, updatedAt: true } },
    },
  });
  return years.map((y) => ({
    year: y.year,
    isOpen: y.isOpen,
    internalDeadline: y.internalDeadline,
    publicationDeadline: y.publicationDeadline,
    report: y.reports[0] ?? null,
  }));
}

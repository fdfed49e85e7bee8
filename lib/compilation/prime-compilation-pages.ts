import "server-only";
import { db } from "@/lib/db";
import { countReportPages } from "./count-report-pages";
import { listCompilationReports } from "./list-compilation-reports";

/**
 * Lays out, after a publication or correction, the reports of the public compilation of their
 * years that were never laid out, so the next compilation (public link or reviewer's download)
 * only reads page counts. Meant to run after the response (next/server `after`).
 */
export async function primeCompilationPages(reportIds: string[]): Promise<void> {
  const reports = await db.report.findMany({ where: { id: { in: reportIds } }, select: { year: { select: { year: true, districtId: true } } } });
  const years = new Map(reports.map((r) => [`${r.year.districtId}:${r.year.year}`, r.year]));
  for (const { year, districtId } of years.values()) {
    const list = await listCompilationReports({ year, districtId });
    if (list && list.entries.length > 0) await countReportPages(list.entries);
  }
}

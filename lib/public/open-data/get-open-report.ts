import "server-only";
import { db } from "@/lib/db";
import { getPublishedReport } from "@/lib/public/get-published-report";
import { publishedTextSummarySelect, toOpenReportSection, toOpenReportSummary, type OpenReport } from "./open-report";

/**
 * One report's current public text for the open-data API, or null when the id names no
 * report, or one that is unpublished or withdrawn: the search index holds only public ones.
 */
export async function getOpenReport(id: string): Promise<OpenReport | null> {
  const row = await db.publishedText.findUnique({ where: { reportId: id }, select: publishedTextSummarySelect });
  if (!row) return null;
  const report = await getPublishedReport({ year: row.year, unitSlug: row.unitSlug });
  if (!report || report.id !== id || report.withdrawn || !report.isCurrentVersion) return null;
  return { ...toOpenReportSummary(row), sections: report.sections.map(toOpenReportSection) };
}

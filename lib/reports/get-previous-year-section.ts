import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { authorizeReport } from "@/lib/reports/authorize-report";

export type PreviousYearSection = { year: number; title: string; body: string };

/** The same unit's text for the same heading in its most recent earlier report, if any. */
export async function getPreviousYearSection({ actor, reportId, key }: { actor: Actor; reportId: string; key: string }): Promise<PreviousYearSection | null> {
  let report;
  try {
    report = await authorizeReport(db, actor, "report:read", reportId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
  const section = await db.reportSection.findFirst({
    where: {
      OR: [{ templateKey: key }, { key }],
      body: { not: "" },
      report: { unitId: report.unitId, year: { year: { lt: report.year } } },
    },
    orderBy: { report: { year: { year: "desc" } } },
    select: { title: true, body: true, report: { select: { year: { select: { year: true } } } } },
  });
  return section ? { year: section.report.year.year, title: section.title, body: section.body } : null;
}

import "server-only";
import { db } from "@/lib/db";

/** Years with at least one report public now (current publication, not withdrawn), newest first. */
export async function listStatisticsYears(): Promise<number[]> {
  const years = await db.reportingYear.findMany({
    where: { reports: { some: { publications: { some: { isCurrent: true, withdrawnAt: null } } } } },
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return [...new Set(years.map((y) => y.year))];
}

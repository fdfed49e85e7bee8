import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { reportPageRevalidateSeconds, revalidateRoute, revalidateToken } from "./report-page-cache";

/**
 * Every public report page of the units of these reports: a publication also changes the
 * “其他年度” links on the unit's pages for other years.
 */
export async function reportPagePaths(reportIds: string[]): Promise<string[]> {
  if (reportIds.length === 0) return [];
  const reports = await db.report.findMany({
    where: { unit: { reports: { some: { id: { in: reportIds } } } }, publications: { some: {} } },
    select: { year: { select: { year: true } }, unit: { select: { slug: true } } },
  });
  return [...new Set(reports.map((r) => `/reports/${r.year.year}/${r.unit.slug}`))].sort();
}

/** Asks the running app to render these report pages again; never throws (the change is already committed). */
export async function revalidateReportPages(paths: string[]): Promise<void> {
  if (paths.length === 0) return;
  const origin = env.APP_INTERNAL_URL ?? `http://127.0.0.1:${env.PORT}`;
  try {
    const response = await fetch(new URL(revalidateRoute, origin), {
      method: "POST",
      headers: { authorization: `Bearer ${revalidateToken()}`, "content-type": "application/json" },
      body: JSON.stringify({ paths }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  } catch (error) {
    console.error(`report pages not refreshed (served again within ${reportPageRevalidateSeconds} s):`, paths, error);
  }
}

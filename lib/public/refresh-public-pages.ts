import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { db } from "@/lib/db";
import { primeCompilationPages } from "@/lib/compilation/prime-compilation-pages";
import { reportPagePaths, revalidateReportPages } from "./report-pages";

/**
 * After a publication, correction or withdrawal has committed: everything public may show it —
 * lists, search, feeds and the open-data API (App Router, one revalidatePath) and the unit's
 * report pages (Pages Router, refreshed one by one). Called from server actions only.
 */
export async function refreshPublicPages(reportIds: string[]): Promise<void> {
  revalidatePath("/", "layout");
  try {
    await revalidateReportPages(await reportPagePaths(reportIds));
  } catch (error) {
    // The change is committed; the pages' own revalidation period catches up with it.
    console.error("report pages not refreshed:", error);
  }
  // The year's compilation then needs no layout of these reports when someone asks for it.
  after(() => primeCompilationPages(reportIds).catch((error) => console.error("compilation pages not laid out:", error)));
}

/**
 * After a change that shows in the lists but in no report's text (a unit added, renamed,
 * deactivated or reactivated; the site title or kind labels): the App Router's public pages.
 * The report pages (Pages Router) pick up a new site title within their revalidation period.
 */
export function refreshPublicLists(): void {
  revalidatePath("/", "layout");
}

/** After a unit's names changed: the lists and that unit's own report pages. */
export async function refreshUnitPages(unitId: string): Promise<void> {
  revalidatePath("/", "layout");
  try {
    const published = await db.report.findMany({ where: { unitId, publications: { some: {} } }, select: { id: true } });
    await revalidateReportPages(await reportPagePaths(published.map((r) => r.id)));
  } catch (error) {
    console.error("report pages not refreshed:", error);
  }
}

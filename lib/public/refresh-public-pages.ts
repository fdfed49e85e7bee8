import "server-only";
import { revalidatePath } from "next/cache";
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
}

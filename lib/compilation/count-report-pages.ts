import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import { layOutReportPages, reportLayoutKey, type CompilationEntry } from "./build-compilation-docx";

// Laying a report out takes about 0.15 s, and a report's text changes only with a new revision:
// page counts are kept by content in the database (shared by instances, kept over restarts), with
// the recent ones in memory in front of it. A compilation then lays out only the reports new
// since the last one.
const recent = new LRUCache<string, number>({ max: 5000 });

/** Each entry's pages in the compilation, in order. */
export async function countReportPages(entries: readonly CompilationEntry[]): Promise<number[]> {
  const keys = entries.map(reportLayoutKey);
  const missing = [...new Set(keys.filter((key) => !recent.has(key)))];
  if (missing.length > 0) {
    const stored = await db.reportPageCount.findMany({ where: { key: { in: missing } }, select: { key: true, pages: true } });
    for (const row of stored) recent.set(row.key, row.pages);
  }
  const laidOut: { key: string; pages: number }[] = [];
  const pages = entries.map((entry, i) => {
    let count = recent.get(keys[i]);
    if (count === undefined) {
      count = layOutReportPages(entry);
      recent.set(keys[i], count);
      laidOut.push({ key: keys[i], pages: count });
    }
    return count;
  });
  if (laidOut.length > 0) {
    // Two compilations at once may lay out the same report: the count is the same, keep either.
    await db.$transaction(laidOut.map((row) => db.reportPageCount.upsert({ where: { key: row.key }, create: row, update: {} })));
  }
  return pages;
}

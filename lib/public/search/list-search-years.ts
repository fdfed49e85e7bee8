import "server-only";
import { db } from "@/lib/db";

/**
 * The years the search can be narrowed to: those with a report in the search index, newest
 * first. One index lookup per year (the (year, publishedAt) index, from the top down), not a
 * pass over every report.
 */
export async function listSearchYears(): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number | bigint }[]>`
    WITH RECURSIVE years ("year") AS (
      SELECT max("year") FROM "PublishedText"
      UNION ALL
      SELECT (SELECT max(p."year") FROM "PublishedText" p WHERE p."year" < years."year") FROM years WHERE years."year" IS NOT NULL
    )
    SELECT "year" FROM years WHERE "year" IS NOT NULL`;
  return rows.map((r) => Number(r.year));
}

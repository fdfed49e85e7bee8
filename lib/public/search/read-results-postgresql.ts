import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { passageBefore, passageLength } from "./passage";
import type { ResultRow } from "./result-row";

// Positions are in characters, as strpos/substr count them; "no match" is a large number.
const none = 1_000_000_000;

/**
 * Each text is decompressed once (|| '' in "texts") and searched with strpos, which is fast;
 * counting characters (length, substr from a position) walks the text and is not, so matches
 * are counted in bytes, and the body is searched from the title's end only when the first
 * match is in the title.
 */
export async function readResultsPostgresql(ids: number[], terms: string[]): Promise<ResultRow[]> {
  const firstHits = terms.map((term) => {
    const t = Prisma.sql`CAST(${term} AS text)`;
    return Prisma.sql`CASE WHEN strpos(x."s", ${t}) = 0 THEN ${none} WHEN strpos(x."s", ${t}) > x."titleEnd" THEN strpos(x."s", ${t})
      ELSE coalesce(nullif(strpos(substr(x."s", x."titleEnd" + 1), ${t}), 0) + x."titleEnd", ${none}) END`;
  });
  const counts = terms.map((term) => Prisma.sql`(octet_length(x."s") - octet_length(replace(x."s", CAST(${term} AS text), ''))) / octet_length(CAST(${term} AS text))`);
  const rows = await db.$queryRaw<(ResultRow & { reachesEnd: boolean | null })[]>`
    WITH texts AS MATERIALIZED (
      SELECT "id", "searchText" || '' AS "s" FROM "PublishedText" WHERE "id" IN (${Prisma.join(ids)})
    ), hits AS MATERIALIZED (
      SELECT x."id", x."titleEnd", least(${Prisma.join(firstHits)}) AS "hit", (${Prisma.join(counts, " + ")})::int AS "matchCount"
      FROM (SELECT "id", "s", strpos("s", chr(10)) AS "titleEnd" FROM texts) x
    )
    SELECT p."id", p."reportId", p."year", p."unitKind", p."unitName", p."unitShortName", p."unitSlug", p."title", p."publishedAt", p."correctedAt",
      substr(w."window", 1, ${passageLength}) AS "passage", length(w."window") <= ${passageLength} AS "reachesEnd", h."matchCount"
    FROM hits h JOIN "PublishedText" p ON p."id" = h."id"
    CROSS JOIN LATERAL (
      SELECT substr(p."text", CASE WHEN h."hit" < ${none} THEN greatest(h."titleEnd", h."hit" - ${passageBefore}) END, ${passageLength + 1}) AS "window" OFFSET 0
    ) w`;
  return rows.map((r) => ({ ...r, reachesEnd: Boolean(r.reachesEnd) }));
}

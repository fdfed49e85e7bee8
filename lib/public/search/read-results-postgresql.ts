import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { passageBefore, passageLength, type PassageRow } from "./passage";

// Positions are in characters, as strpos/substr/length count them; "no match" is a large number.
const none = 1_000_000_000;

export async function readPassagesPostgresql(ids: number[], terms: string[]): Promise<PassageRow[]> {
  const firstHits = terms.map((t) => Prisma.sql`coalesce(nullif(strpos(substr("searchText", "titleEnd" + 1), CAST(${t} AS text)), 0) + "titleEnd", ${none})`);
  const counts = terms.map((t) => Prisma.sql`(length("searchText") - length(replace("searchText", CAST(${t} AS text), ''))) / length(CAST(${t} AS text))`);
  const rows = await db.$queryRaw<{ id: number; passage: string | null; reachesEnd: boolean | null; matchCount: number }[]>`
    WITH texts AS (
      SELECT "id", "text", "searchText", strpos("searchText", chr(10)) AS "titleEnd" FROM "PublishedText" WHERE "id" IN (${Prisma.join(ids)})
    ), hits AS (
      SELECT "id", "text", "titleEnd", least(${Prisma.join(firstHits)}) AS "hit", (${Prisma.join(counts, " + ")})::int AS "matchCount" FROM texts
    ), windows AS (
      SELECT "id", "text", "matchCount", CASE WHEN "hit" < ${none} THEN greatest("titleEnd", "hit" - ${passageBefore}) END AS "start" FROM hits
    )
    SELECT "id", substr("text", "start", ${passageLength}) AS "passage", "start" + ${passageLength} > length("text") AS "reachesEnd", "matchCount" FROM windows`;
  return rows.map((r) => ({ id: r.id, passage: r.passage, reachesEnd: Boolean(r.reachesEnd), matchCount: r.matchCount }));
}

import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { passageBefore, passageLength, type PassageRow } from "./passage";

// Positions are in characters, as instr/substr/length count them; "no match" is a large number.
const none = 1_000_000_000;

export async function readPassagesSqlite(ids: number[], terms: string[]): Promise<PassageRow[]> {
  const firstHits = terms.map((t) => Prisma.sql`coalesce(nullif(instr(substr("searchText", "titleEnd" + 1), ${t}), 0) + "titleEnd", ${none})`);
  const counts = terms.map((t) => Prisma.sql`(length("searchText") - length(replace("searchText", ${t}, ''))) / length(${t})`);
  const rows = await db.$queryRaw<{ id: number | bigint; passage: string | null; reachesEnd: number | bigint; matchCount: number | bigint }[]>`
    WITH texts AS (
      SELECT "id", "text", "searchText", instr("searchText", char(10)) AS "titleEnd" FROM "PublishedText" WHERE "id" IN (${Prisma.join(ids)})
    ), hits AS (
      SELECT "id", "text", "titleEnd", min(${none}, ${Prisma.join(firstHits)}) AS "hit", ${Prisma.join(counts, " + ")} AS "matchCount" FROM texts
    ), windows AS (
      SELECT "id", "text", "matchCount", CASE WHEN "hit" < ${none} THEN max("titleEnd", "hit" - ${passageBefore}) END AS "start" FROM hits
    )
    SELECT "id", substr("text", "start", ${passageLength}) AS "passage", "start" + ${passageLength} > length("text") AS "reachesEnd", "matchCount" FROM windows`;
  return rows.map((r) => ({ id: Number(r.id), passage: r.passage, reachesEnd: Boolean(Number(r.reachesEnd)), matchCount: Number(r.matchCount) }));
}

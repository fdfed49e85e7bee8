import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { passageBefore, passageLength } from "./passage";
import type { ResultRow } from "./result-row";

// Positions are in characters, as instr/substr/length count them; "no match" is a large number.
const none = 1_000_000_000;

type Row = Omit<ResultRow, "id" | "reachesEnd" | "matchCount"> & { id: number | bigint; reachesEnd: number | bigint; matchCount: number | bigint };

export async function readResultsSqlite(ids: number[], terms: string[]): Promise<ResultRow[]> {
  const firstHits = terms.map((t) => Prisma.sql`coalesce(nullif(instr(substr(t."searchText", t."titleEnd" + 1), ${t}), 0) + t."titleEnd", ${none})`);
  const counts = terms.map((t) => Prisma.sql`(length(t."searchText") - length(replace(t."searchText", ${t}, ''))) / length(${t})`);
  // MATERIALIZED: each text is searched once; a flattened query would repeat the search for
  // every use of its result.
  const rows = await db.$queryRaw<Row[]>`
    WITH hits AS MATERIALIZED (
      SELECT t."id", t."titleEnd", min(${none}, ${Prisma.join(firstHits)}) AS "hit", ${Prisma.join(counts, " + ")} AS "matchCount"
      FROM (SELECT "id", "searchText", instr("searchText", char(10)) AS "titleEnd" FROM "PublishedText" WHERE "id" IN (${Prisma.join(ids)})) t
    ), windows AS (
      SELECT h.*, CASE WHEN h."hit" < ${none} THEN max(h."titleEnd", h."hit" - ${passageBefore}) END AS "start" FROM hits h
    )
    SELECT p."id", p."reportId", p."year", p."unitKind", p."unitName", p."unitShortName", p."unitSlug", p."title", p."publishedAt", p."correctedAt",
      substr(p."text", w."start", ${passageLength}) AS "passage", length(substr(p."text", w."start", ${passageLength + 1})) <= ${passageLength} AS "reachesEnd", w."matchCount"
    FROM windows w JOIN "PublishedText" p ON p."id" = w."id"`;
  return rows.map((r) => ({ ...r, id: Number(r.id), reachesEnd: Boolean(Number(r.reachesEnd)), matchCount: Number(r.matchCount) }));
}

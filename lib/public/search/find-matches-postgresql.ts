import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { Matches, MatchOptions } from "./match-options";
import { likeContains } from "./sql-patterns";

/**
 * PostgreSQL: LIKE '%word%' on the folded text, which the pg_trgm GIN index (see the
 * add_search migration) answers for words of three or more characters; shorter words have no
 * trigram to look up, so PostgreSQL reads the texts for them.
 */
export async function findMatchesPostgresql({ terms, year, kind, offset, limit }: MatchOptions): Promise<Matches> {
  const conditions = terms.map((term) => Prisma.sql`p."searchText" LIKE ${likeContains(term)} ESCAPE '\\'`);
  if (year !== undefined) conditions.push(Prisma.sql`p."year" = ${year}`);
  if (kind !== undefined) conditions.push(Prisma.sql`p."unitKind" = CAST(${kind} AS "UnitKind")`);
  const where = Prisma.join(conditions, " AND ");

  const [[count], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "PublishedText" p WHERE ${where}`,
    db.$queryRaw<{ id: number }[]>`
      SELECT p."id" AS id FROM "PublishedText" p WHERE ${where}
      ORDER BY p."year" DESC, p."publishedAt" DESC, p."id" DESC LIMIT ${limit} OFFSET ${offset}`,
  ]);
  return { total: count.total, ids: rows.map((r) => r.id) };
}

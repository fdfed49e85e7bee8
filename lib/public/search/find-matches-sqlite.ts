import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { Matches, MatchOptions } from "./match-options";
import { characterCount } from "./search-query";
import { ftsPhrase, prefixUpperBound } from "./sql-patterns";

/**
 * SQLite: the FTS5 trigram index (PublishedTextSearch, see the add_search migration) finds
 * words of three or more characters. A two-character word is found through the index too:
 * a text contains "ab" exactly when it has a trigram starting "ab", and the index's vocabulary
 * lists those. A single character has no index to use and is looked for row by row.
 */
export async function findMatchesSqlite({ terms, year, kind, offset, limit }: MatchOptions): Promise<Matches> {
  const phrases: string[] = [];
  const singles: string[] = [];
  for (const term of terms) {
    const length = characterCount(term);
    if (length >= 3) phrases.push(ftsPhrase(term));
    else if (length === 1) singles.push(term);
    else {
      const trigrams = await db.$queryRaw<{ term: string }[]>`
        SELECT term FROM "PublishedTextSearchTerms" WHERE term >= ${term} AND term < ${prefixUpperBound(term)}`;
      // No trigram starts with it: no published text contains it.
      if (trigrams.length === 0) return { total: 0, ids: [] };
      phrases.push(`(${trigrams.map((t) => ftsPhrase(t.term)).join(" OR ")})`);
    }
  }

  const conditions: Prisma.Sql[] = [];
  const match = phrases.join(" AND ");
  // The unary + keeps SQLite from driving the query by the matches' ids, which would read
  // every matching row; it walks the (year, publishedAt) index instead and reads only the page.
  if (phrases.length) conditions.push(Prisma.sql`+p."id" IN (SELECT rowid FROM "PublishedTextSearch" WHERE "PublishedTextSearch" MATCH ${match})`);
  for (const single of singles) conditions.push(Prisma.sql`instr(p."searchText", ${single}) > 0`);
  if (year !== undefined) conditions.push(Prisma.sql`p."year" = ${year}`);
  if (kind !== undefined) conditions.push(Prisma.sql`p."unitKind" = ${kind}`);
  const where = Prisma.join(conditions, " AND ");

  // Without filters the index alone counts, without reading the table.
  const [count] =
    conditions.length === 1 && phrases.length
      ? await db.$queryRaw<{ total: number | bigint }[]>`SELECT count(*) AS total FROM "PublishedTextSearch" WHERE "PublishedTextSearch" MATCH ${match}`
      : await db.$queryRaw<{ total: number | bigint }[]>`SELECT count(*) AS total FROM "PublishedText" p WHERE ${where}`;
  const total = Number(count.total);
  if (total === 0 || offset >= total) return { total, ids: [] };
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT p."id" AS id FROM "PublishedText" p WHERE ${where}
    ORDER BY p."year" DESC, p."publishedAt" DESC, p."id" DESC LIMIT ${limit} OFFSET ${offset}`;
  return { total, ids: rows.map((r) => Number(r.id)) };
}

import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { ftsMatchExpression } from "./fts-match-expression";
import { cappedTotal, noMatches, pageWindow, searchResultLimit, type Matches, type MatchOptions } from "./match-options";
import { walkNewest } from "./walk-newest";

type Count = { n: number | bigint };
type Id = { id: number | bigint };

const newestFirst = Prisma.sql`ORDER BY p."year" DESC, p."publishedAt" DESC, p."id" DESC`;

/**
 * SQLite: the FTS5 trigram index (PublishedTextSearch) finds every term and, holding each
 * trigram's positions, is exact: counting needs no text. Counting stops past the result limit.
 */
export async function findMatchesSqlite({ terms, year, kind, offset, limit, resultLimit = searchResultLimit }: MatchOptions): Promise<Matches> {
  const match = await ftsMatchExpression(terms);
  if (match === null) return noMatches;
  const scope: Prisma.Sql[] = [];
  if (year !== undefined) scope.push(Prisma.sql`p."year" = ${year}`);
  if (kind !== undefined) scope.push(Prisma.sql`p."unitKind" = ${kind}`);
  const inIndex = Prisma.sql`SELECT rowid FROM "PublishedTextSearch" WHERE "PublishedTextSearch" MATCH ${match}`;

  const [counted] = scope.length
    ? await db.$queryRaw<Count[]>`
        SELECT count(*) AS n FROM (SELECT 1 FROM "PublishedText" p WHERE ${Prisma.join(scope, " AND ")} AND p."id" IN (${inIndex}) LIMIT ${resultLimit + 1})`
    : await db.$queryRaw<Count[]>`SELECT count(*) AS n FROM (${inIndex} LIMIT ${resultLimit + 1})`;
  const { total, isTotalCapped } = cappedTotal(Number(counted.n), resultLimit);
  const page = pageWindow(offset, limit, total, resultLimit);
  if (!page) return { total, isTotalCapped, ids: [] };

  // More than the limit match: the words are frequent, and the newest few reports likely hold
  // the page. Reading a few dozen texts costs less than going through the index, which would
  // read every match's positions (a long, frequent phrase: several milliseconds). If they do
  // not hold it, the index, which needs no text.
  const want = page.offset + page.limit;
  const walked = isTotalCapped
    ? await walkNewest(want, 2 * want + 20, async (skip, take) => {
        const hits = terms.map((t) => Prisma.sql`instr(w."searchText", ${t}) > 0`);
        const rows = await db.$queryRaw<(Id & { hit: number | bigint })[]>`
          SELECT w."id" AS id, (${Prisma.join(hits, " AND ")}) AS hit FROM (
            SELECT p."id", p."year", p."publishedAt", p."searchText" FROM "PublishedText" p
            WHERE ${scope.length ? Prisma.join(scope, " AND ") : Prisma.sql`1`} ${newestFirst} LIMIT ${take} OFFSET ${skip}
          ) w ORDER BY w."year" DESC, w."publishedAt" DESC, w."id" DESC`;
        return rows.map((r) => ({ id: Number(r.id), hit: Boolean(Number(r.hit)) }));
      })
    : null;
  if (walked) return { total, isTotalCapped, ids: walked.slice(page.offset) };

  // The unary + keeps SQLite from driving the query by the matches' ids, which would read
  // every matching row; it walks the (year, publishedAt) index instead and reads only the page.
  const rows = await db.$queryRaw<Id[]>`
    SELECT p."id" AS id FROM "PublishedText" p WHERE ${Prisma.join([...scope, Prisma.sql`+p."id" IN (${inIndex})`], " AND ")}
    ${newestFirst} LIMIT ${page.limit} OFFSET ${page.offset}`;
  return { total, isTotalCapped, ids: rows.map((r) => Number(r.id)) };
}

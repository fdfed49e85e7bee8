import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { cappedTotal, pageWindow, searchResultLimit, type Matches, type MatchOptions } from "./match-options";
import { listSearchYears } from "./list-search-years";
import { characterCount } from "./search-query";
import { likeContains } from "./sql-patterns";

const newestFirst = Prisma.sql`ORDER BY p."year" DESC, p."publishedAt" DESC, p."id" DESC`;

/**
 * PostgreSQL. Words of three or more characters go through the pg_trgm index (LIKE '%word%'),
 * which only narrows the candidates: each one's text is read to confirm it, and to look for
 * any shorter words of the query in it, some 15–25 µs a report: that is what a search costs
 * here, so at most resultLimit + 1 matches are confirmed. A query of short words only has no
 * trigram to look up; the search_short_grams index (see the search_speed migration) answers it
 * exactly, without reading any text. The page comes from the newest reports of the scope, read
 * in display order, whenever they hold it; else from the index, newest year first.
 */
export async function findMatchesPostgresql({ terms, year, kind, offset, limit, resultLimit = searchResultLimit }: MatchOptions): Promise<Matches> {
  const long = terms.filter((term) => characterCount(term) >= 3);
  const short = terms.filter((term) => characterCount(term) < 3);
  const scope: Prisma.Sql[] = [];
  if (year !== undefined) scope.push(Prisma.sql`p."year" = ${year}`);
  if (kind !== undefined) scope.push(Prisma.sql`p."unitKind" = CAST(${kind} AS "UnitKind")`);
  const inScope = scope.length ? Prisma.join(scope, " AND ") : Prisma.sql`TRUE`;

  /**
   * The first `matches` matches among the newest `rows` reports of the scope, in display order
   * (the reports put in order by their keys alone, then each text read once, by id), and
   * whether those were all the scope's reports.
   */
  async function readNewest(matches: number, rows: number): Promise<{ ids: number[]; isWholeScope: boolean }> {
    const [found] = await db.$queryRaw<{ ids: number[]; inRange: number }[]>`
      SELECT (SELECT count(*)::int FROM (SELECT 1 FROM "PublishedText" p WHERE ${inScope} LIMIT ${rows}) s) AS "inRange",
        ARRAY(
          SELECT t."id" FROM (SELECT p."id", p."year", p."publishedAt" FROM "PublishedText" p WHERE ${inScope} ${newestFirst} LIMIT ${rows}) o
          JOIN "PublishedText" t ON t."id" = o."id"
          WHERE ${Prisma.join(terms.map((term) => Prisma.sql`strpos(t."searchText", CAST(${term} AS text)) > 0`), " AND ")}
          ORDER BY o."year" DESC, o."publishedAt" DESC, o."id" DESC LIMIT ${matches}
        ) AS ids`;
    return { ids: found.ids, isWholeScope: found.inRange < rows };
  }

  const page = pageWindow(offset, limit, resultLimit, resultLimit);
  const want = page ? page.offset + page.limit : 0;
  const capped = (counted: number, ids: number[]): Matches => ({ ...cappedTotal(counted, resultLimit), ids });

  // Long and short words together, frequent among the newest reports: the index would confirm
  // each candidate of the long words twice over (LIKE, then the short words), so count by
  // reading the newest reports in order instead, as far as twice the limit.
  let newest = null;
  if (want && long.length && short.length) {
    newest = await readNewest(want, want + 10);
    if (newest.ids.length === want) {
      const walked = await readNewest(resultLimit + 1, 2 * (resultLimit + 1));
      if (walked.ids.length > resultLimit || walked.isWholeScope) return capped(walked.ids.length, walked.ids.slice(offset, want));
    }
  }

  const conditions = long.length
    ? [...long.map((t) => Prisma.sql`p."searchText" LIKE ${likeContains(t)} ESCAPE '\\'`), ...short.map((t) => Prisma.sql`strpos(p."searchText", CAST(${t} AS text)) > 0`)]
    : // The only condition an index answers besides the scope: its COST (the migration) keeps
      // the planner from computing the list row by row instead, milliseconds a text.
      [Prisma.sql`search_short_grams(p."searchText") @> ARRAY[${Prisma.join(short.map((t) => Prisma.sql`CAST(${t} AS text)`))}]`];
  const where = Prisma.join([...conditions, ...scope], " AND ");
  // Side by side: the newest reports of the scope, which hold the page when the words are
  // frequent, and the index, which counts.
  const [probe, [counted]] = await Promise.all([
    newest ?? (want ? readNewest(want, want + 10) : null),
    db.$queryRaw<{ total: number; ids: number[] | null }[]>`
      SELECT count(*)::int AS total,
        (array_agg(m."id" ORDER BY m."year" DESC, m."publishedAt" DESC, m."id" DESC))[${offset + 1}:${want}] AS ids
      FROM (SELECT p."id", p."year", p."publishedAt" FROM "PublishedText" p WHERE ${where} LIMIT ${resultLimit + 1}) m`,
  ]);
  const result = (ids: number[]) => capped(counted.total, ids);
  if (counted.total <= resultLimit) return result(counted.ids ?? []);
  if (!page) return result([]);
  if (probe?.ids.length === want) return result(probe.ids.slice(offset));

  // More than the limit match, yet too few among the newest reports to fill the page: ask the
  // index year by year, newest first (display order starts with the year, and the trigram
  // index holds it), so that only the newest years' candidates are confirmed.
  const ids: number[] = [];
  const years = year !== undefined ? [year] : await listSearchYears();
  for (const y of years) {
    const rows = await db.$queryRaw<{ id: number }[]>`
      SELECT p."id" AS id FROM "PublishedText" p WHERE ${where} AND p."year" = ${y} ${newestFirst} LIMIT ${want - ids.length}`;
    ids.push(...rows.map((r) => r.id));
    if (ids.length === want) break;
  }
  return result(ids.slice(offset));
}

-- Search speed (DESIGN.md §10), no schema change: raw SQL only (needs PostgreSQL 14 or later).

-- 1. searchText stays in the row, and both texts are compressed with lz4 where the server was
-- built with it. The trigram index only narrows the candidates; PostgreSQL confirms each one by
-- reading its text, and on bench:search's data that took about 40% less time from the row with
-- lz4 than from the TOAST table with pglz. (Without lz4: pglz, searchText still in the row.)
ALTER TABLE "PublishedText" ALTER COLUMN "searchText" SET STORAGE MAIN;
DO $$
BEGIN
  ALTER TABLE "PublishedText" ALTER COLUMN "searchText" SET COMPRESSION lz4, ALTER COLUMN "text" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'lz4 is not available: the texts stay compressed with pglz';
END
$$;

-- 2. The trigram index also holds each report's year and unit kind (btree_gin, trusted like
-- pg_trgm), so that a search narrowed by them confirms only the candidates in that year or
-- kind. With two indexes the planner, which cannot estimate LIKE '%…%', took the trigram index
-- alone and confirmed the candidates of every year before filtering.
CREATE EXTENSION IF NOT EXISTS btree_gin;
DROP INDEX "PublishedText_searchText_trgm_idx";

-- 3. Searchable texts now end with two line breaks (lib/public/search/searchable-text.ts, for
-- SQLite's index). Existing rows get the second one, which also rewrites them in the storage
-- above.
UPDATE "PublishedText"
SET "text" = "text" || E'\n', "searchText" = "searchText" || E'\n'
WHERE right("searchText", 2) <> E'\n\n';

CREATE INDEX "PublishedText_searchText_trgm_idx" ON "PublishedText" USING gin ("searchText" gin_trgm_ops, "year", "unitKind");

-- 4. Queries of one- and two-character words only. pg_trgm has no trigram to look them up by,
-- so LIKE read every text. search_short_grams lists each distinct character and pair of
-- adjacent characters of a text, and a GIN index over that list answers "contains 维权" exactly,
-- without reading any text (lib/public/search/find-matches-postgresql.ts). Computing the list
-- takes milliseconds per text: COST tells the planner so, and it then asks the index instead of
-- computing the list row by row after another index (the (year, publishedAt) one, say).
CREATE FUNCTION search_short_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
  SELECT ARRAY(
    SELECT DISTINCT g COLLATE "C" FROM (
      SELECT string_to_table(t, NULL) AS g
      UNION ALL SELECT (regexp_matches(t, '..', 'g'))[1]
      UNION ALL SELECT (regexp_matches(substr(t, 2), '..', 'g'))[1]
    ) grams
  )
$$;

CREATE INDEX "PublishedText_searchText_grams_idx" ON "PublishedText" USING gin (search_short_grams("searchText"));

-- No statistics for it: ANALYZE would compute the list for every sampled row (half a minute
-- for ten thousand reports); without them the planner estimates few matches and asks the index.
ALTER INDEX "PublishedText_searchText_grams_idx" ALTER COLUMN 1 SET STATISTICS 0;

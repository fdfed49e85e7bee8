-- Search speed (DESIGN.md §10), no schema change: raw SQL only.
--
-- Searchable texts now end with two line breaks (lib/public/search/searchable-text.ts), so that
-- every character of a text, its last one too, starts a trigram of PublishedTextSearch: a
-- one-character word is then found through the index's vocabulary like a two-character one
-- (lib/public/search/fts-match-expression.ts) instead of by reading every text. Texts indexed
-- before get the second line break here; the update trigger re-indexes them.
UPDATE "PublishedText"
SET "text" = "text" || char(10), "searchText" = "searchText" || char(10)
WHERE substr("searchText", -2) <> char(10) || char(10);

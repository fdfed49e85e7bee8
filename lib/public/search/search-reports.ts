import "server-only";
import type { UnitKind } from "@/lib/generated/sqlite/enums";
import { findMatches } from "./find-matches";
import { snippetOfPassage } from "./passage";
import { readResults } from "./read-results";
import type { SearchQuery } from "./search-query";
import { highlight, type Snippet, type TextPart } from "./snippet";

export const searchPageSize = 20;

export type SearchResult = {
  id: string;
  year: number;
  unit: { name: string; shortName: string; slug: string; kind: UnitKind };
  title: TextPart[];
  url: string;
  publishedAt: Date;
  correctedAt: Date | null;
  /** A passage of the body around the first match; null when only the title matches. */
  snippet: Snippet | null;
  /** Occurrences of the words in the text, title included. */
  matchCount: number;
};

export type SearchResults = {
  /** Reports that match, counted up to searchResultLimit (match-options.ts). */
  total: number;
  /** More than searchResultLimit match; the pages list only the newest searchResultLimit. */
  isTotalCapped: boolean;
  page: number;
  pageCount: number;
  results: SearchResult[];
};

export type SearchReportsOptions = { query: SearchQuery; year?: number; kind?: UnitKind; page?: number };

/**
 * Published reports containing every word of the query, newest first (by year, then 发布日期):
 * readers mostly look for the latest reports, and the order is the same on both databases.
 * Only current, public publications are in the index, so drafts, earlier revisions and
 * withdrawn reports are never found.
 */
export async function searchReports({ query, year, kind, page = 1 }: SearchReportsOptions): Promise<SearchResults> {
  if (query.terms.length === 0) return { total: 0, isTotalCapped: false, page, pageCount: 0, results: [] };
  const { total, isTotalCapped, ids } = await findMatches({ terms: query.terms, year, kind, offset: (page - 1) * searchPageSize, limit: searchPageSize });
  const rows = await readResults(ids, query.terms);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const results = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.reportId,
        year: row.year,
        unit: { name: row.unitName, shortName: row.unitShortName, slug: row.unitSlug, kind: row.unitKind },
        title: highlight(row.title, query.terms),
        url: `/reports/${row.year}/${row.unitSlug}`,
        publishedAt: row.publishedAt,
        correctedAt: row.correctedAt,
        snippet: snippetOfPassage(row, query.terms),
        matchCount: row.matchCount,
      },
    ];
  });
  return { total, isTotalCapped, page, pageCount: Math.ceil(total / searchPageSize), results };
}

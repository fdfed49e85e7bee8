import "server-only";
import { db } from "@/lib/db";
import { findMatches } from "@/lib/public/search/find-matches";
import type { UnitKind } from "@/lib/public/search/search-params";
import type { SearchQuery } from "@/lib/public/search/search-query";
import { publishedTextSummarySelect, toOpenReportSummary, type OpenReportSummary } from "./open-report";

export const openReportsPageSize = 100;

export type OpenReportList = { reports: OpenReportSummary[]; total: number; page: number; pageSize: number };

/**
 * Current, public publications for the open-data API, newest first (by year, then 发布日期),
 * filtered by year, unit kind and the same text search as the site's. Read from the search
 * index, which holds exactly what the public may see.
 */
export async function listOpenReports({ query, year, kind, page }: { query: SearchQuery; year?: number; kind?: UnitKind; page: number }): Promise<OpenReportList> {
  const [offset, limit] = [(page - 1) * openReportsPageSize, openReportsPageSize];
  if (query.terms.length > 0) {
    const { total, ids } = await findMatches({ terms: query.terms, year, kind, offset, limit });
    const rows = ids.length ? await db.publishedText.findMany({ where: { id: { in: ids } }, select: { id: true, ...publishedTextSummarySelect } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const reports = ids.flatMap((id) => (byId.has(id) ? [toOpenReportSummary(byId.get(id)!)] : []));
    return { reports, total, page, pageSize: limit };
  }
  const where = { ...(year !== undefined ? { year } : {}), ...(kind ? { unitKind: kind } : {}) };
  const [rows, total] = await Promise.all([
    db.publishedText.findMany({
      where,
      orderBy: [{ year: "desc" }, { publishedAt: "desc" }, { id: "desc" }],
      skip: offset,
      take: limit,
      select: publishedTextSummarySelect,
    }),
    db.publishedText.count({ where }),
  ]);
  return { reports: rows.map(toOpenReportSummary), total, page, pageSize: limit };
}

import type { NextRequest } from "next/server";
import { orDatabaseUnavailable } from "@/lib/db-unavailable";
import { listOpenReports } from "@/lib/public/open-data/list-open-reports";
import { cacheableResponse, jsonError, openDataCors } from "@/lib/public/open-data/cacheable-response";
import { searchResultLimit } from "@/lib/public/search/match-options";
import { parseSearchParams } from "@/lib/public/search/search-params";

/** GET /api/public/reports?year=&kind=&q=&page= — current public reports (README: 开放数据接口). */
export async function GET(request: NextRequest) {
  return orDatabaseUnavailable(true, async () => {
    const { query, year, kind, page, errors } = parseSearchParams(Object.fromEntries(request.nextUrl.searchParams));
    if (errors.length) return jsonError(400, errors.join(""));
    const list = await listOpenReports({ query, year, kind, page });
    // A search (q) counts and lists at most searchResultLimit reports, as the search page does:
    // a total that reaches it means at least that many, of which only these can be paged through.
    const isTotalCapped = query.terms.length > 0 && list.total >= searchResultLimit;
    return cacheableResponse(request, JSON.stringify({ ...list, isTotalCapped }), "application/json; charset=utf-8", openDataCors);
  });
}

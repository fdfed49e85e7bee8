import type { NextRequest } from "next/server";
import { listOpenReports } from "@/lib/public/open-data/list-open-reports";
import { cacheableResponse, jsonError, openDataCors } from "@/lib/public/open-data/cacheable-response";
import { parseSearchParams } from "@/lib/public/search/search-params";

/** GET /api/public/reports?year=&kind=&q=&page= — current public reports (README: 开放数据接口). */
export async function GET(request: NextRequest) {
  const { query, year, kind, page, errors } = parseSearchParams(Object.fromEntries(request.nextUrl.searchParams));
  if (errors.length) return jsonError(400, errors.join(""));
  const list = await listOpenReports({ query, year, kind, page });
  return cacheableResponse(request, JSON.stringify(list), "application/json; charset=utf-8", openDataCors);
}

import type { NextRequest } from "next/server";
import { orDatabaseUnavailable } from "@/lib/db-unavailable";
import { cacheableResponse, jsonError, openDataCors } from "@/lib/public/open-data/cacheable-response";
import { getOpenMetrics } from "@/lib/statistics/get-open-metrics";
import { parseMetricsParams } from "@/lib/statistics/metrics-params";

/** GET /api/public/metrics?year=&kind= — one year's figures of the public reports (README: 开放数据接口). */
export async function GET(request: NextRequest) {
  return orDatabaseUnavailable(true, async () => {
    const { year, kind, errors } = parseMetricsParams(Object.fromEntries(request.nextUrl.searchParams));
    if (errors.length) return jsonError(400, errors.join(""));
    const metrics = await getOpenMetrics({ year, kind });
    if (!metrics) return jsonError(404, year === undefined ? "还没有已公开的报告。" : `${year}年度没有已公开的报告。`);
    return cacheableResponse(request, JSON.stringify(metrics), "application/json; charset=utf-8", openDataCors);
  });
}

import type { NextRequest } from "next/server";
import { orDatabaseUnavailable } from "@/lib/db-unavailable";
import { getOpenReport } from "@/lib/public/open-data/get-open-report";
import { cacheableResponse, jsonError, openDataCors } from "@/lib/public/open-data/cacheable-response";

/** GET /api/public/reports/{id} — one report's current public text (README: 开放数据接口). */
export async function GET(request: NextRequest, ctx: RouteContext<"/api/public/reports/[id]">) {
  return orDatabaseUnavailable(true, async () => {
    const { id } = await ctx.params;
    const report = await getOpenReport(id);
    if (!report) return jsonError(404, "未找到该报告：编号有误，或该报告尚未公开、已撤回。");
    return cacheableResponse(request, JSON.stringify(report), "application/json; charset=utf-8", openDataCors);
  });
}

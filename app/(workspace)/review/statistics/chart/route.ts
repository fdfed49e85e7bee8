import type { NextRequest } from "next/server";
import { z } from "zod";
import { districtDownloader, textResponse } from "@/lib/http/district-download";
import { attachmentHeader } from "@/lib/export/spreadsheet";
import { svgToPng } from "@/lib/charts/svg-to-png";
import { getDistrictStatistics } from "@/lib/statistics/get-district-statistics";
import { buildReviewCharts, reviewChartFileName, reviewChartNames } from "@/lib/statistics/review-charts";

const query = z.object({
  year: z.coerce.number({ error: "年度应为 2000–2100 之间的整数。" }).int("年度应为 2000–2100 之间的整数。").min(2000, "年度应为 2000–2100 之间的整数。").max(2100, "年度应为 2000–2100 之间的整数。"),
  chart: z.enum(reviewChartNames, { error: "没有这个统计图。" }),
  metric: z.string().max(200).optional(),
  format: z.enum(["svg", "png"], { error: "格式只能是 svg 或 png。" }).default("svg"),
});

// One chart of the statistics page as a file (issue 14 §1.4): SVG as drawn, or PNG at twice its size.
export async function GET(request: NextRequest) {
  const caller = await districtDownloader();
  if ("refusal" in caller) return caller.refusal;
  const { user } = caller;
  const params = request.nextUrl.searchParams;
  const parsed = query.safeParse({ year: params.get("year") ?? undefined, chart: params.get("chart") ?? undefined, metric: params.get("metric") ?? undefined, format: params.get("format") || undefined });
  if (!parsed.success) return textResponse(400, parsed.error.issues[0]?.message ?? "参数有误。");
  const { year, chart, metric, format } = parsed.data;
  const stats = await getDistrictStatistics({ actor: user, year });
  if (!stats || stats.year !== year) return textResponse(404, "没有这个报告年度。");
  const { metricKey, charts } = await buildReviewCharts({ actor: user, stats, metricKey: metric });
  const result = charts[chart];
  if (!result || (metric && chart !== "flow" && metricKey !== metric)) return textResponse(404, "这个年度没有这个统计图的数据。");
  const label = stats.rollUp.metrics.find((m) => m.key === metricKey)?.label ?? null;
  const fileName = reviewChartFileName(year, chart, label, format);
  const body = format === "png" ? new Uint8Array(await svgToPng({ svg: result.svg })) : result.svg;
  return new Response(body, {
    headers: {
      "Content-Type": format === "png" ? "image/png" : "image/svg+xml; charset=utf-8",
      "Content-Disposition": attachmentHeader(fileName, `chart-${year}-${chart}.${format}`),
      "Cache-Control": "private, no-store",
    },
  });
}

import type { NextRequest } from "next/server";
import { z } from "zod";
import { districtDownloader, textResponse } from "@/lib/http/district-download";
import { attachmentHeader } from "@/lib/export/spreadsheet";
import { parseDashboardQuery } from "@/lib/review/dashboard-query";
import { exportReviewDashboard } from "@/lib/review/export-review-dashboard";

const formatSchema = z.enum(["csv", "xlsx"]).default("xlsx");


// The dashboard's download: the same query as the page, so the file holds the rows on screen.
export async function GET(request: NextRequest) {
  const caller = await districtDownloader();
  if ("refusal" in caller) return caller.refusal;
  const { user } = caller;
  const params = request.nextUrl.searchParams;
  const format = formatSchema.safeParse(params.get("format") ?? undefined);
  if (!format.success) return textResponse(400, "导出格式只能是 csv 或 xlsx。");

  const file = await exportReviewDashboard({ actor: user, query: parseDashboardQuery(params), format: format.data });
  if (!file) return textResponse(404, "尚未设置任何报告年度，没有可导出的数据。");
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentHeader(file.fileName, file.asciiFallback),
      "Cache-Control": "private, no-store",
    },
  });
}

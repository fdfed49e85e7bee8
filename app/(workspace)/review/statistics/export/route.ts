import type { NextRequest } from "next/server";
import { z } from "zod";
import { districtDownloader, textResponse } from "@/lib/http/district-download";
import { attachmentHeader } from "@/lib/export/spreadsheet";
import { exportDistrictStatistics } from "@/lib/statistics/export-district-statistics";

const yearSchema = z.coerce.number().int().min(2000).max(2100).optional();


// The statistics page's tables as one workbook (a sheet each).
export async function GET(request: NextRequest) {
  const caller = await districtDownloader();
  if ("refusal" in caller) return caller.refusal;
  const { user } = caller;
  const year = yearSchema.safeParse(request.nextUrl.searchParams.get("year") || undefined);
  if (!year.success) return textResponse(400, "年度应为 2000–2100 之间的整数。");
  const file = await exportDistrictStatistics({ actor: user, year: year.data });
  if (!file) return textResponse(404, "尚未设置任何报告年度，没有可导出的数据。");
  return new Response(new Uint8Array(file.body), {
    headers: { "Content-Type": file.contentType, "Content-Disposition": attachmentHeader(file.fileName, file.asciiFallback), "Cache-Control": "private, no-store" },
  });
}

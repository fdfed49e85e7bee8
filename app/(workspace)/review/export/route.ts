import type { NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { errorMessages } from "@/lib/errors";
import { attachmentHeader } from "@/lib/export/spreadsheet";
import { parseDashboardQuery } from "@/lib/review/dashboard-query";
import { exportReviewDashboard } from "@/lib/review/export-review-dashboard";

const formatSchema = z.enum(["csv", "xlsx"]).default("xlsx");

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

// The dashboard's download: the same query as the page, so the file holds the rows on screen.
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return text(401, errorMessages.UNAUTHENTICATED);
  if (!can(user, "review:list")) return text(404, errorMessages.NOT_FOUND);
  const params = request.nextUrl.searchParams;
  const format = formatSchema.safeParse(params.get("format") ?? undefined);
  if (!format.success) return text(400, "导出格式只能是 csv 或 xlsx。");

  const file = await exportReviewDashboard({ actor: user, query: parseDashboardQuery(params), format: format.data });
  if (!file) return text(404, "尚未设置任何报告年度，没有可导出的数据。");
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentHeader(file.fileName, file.asciiFallback),
      "Cache-Control": "private, no-store",
    },
  });
}

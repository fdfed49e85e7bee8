import type { NextRequest } from "next/server";
import { z } from "zod";
import { districtDownloader, textResponse } from "@/lib/http/district-download";
import { exportCompilation } from "@/lib/compilation/export-compilation";
import { DOCX_CONTENT_TYPE } from "@/lib/public/docx/build-report-docx";

const querySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  include: z.enum(["published", "approved"]).default("published"),
  order: z.enum(["town-first", "department-first"]).default("town-first"),
});


// The year's compilation (汇编) as one Word file, for reviewers and administrators.
export async function GET(request: NextRequest) {
  const caller = await districtDownloader();
  if ("refusal" in caller) return caller.refusal;
  const { user } = caller;
  const params = request.nextUrl.searchParams;
  const query = querySchema.safeParse({ year: params.get("year") ?? undefined, include: params.get("include") ?? undefined, order: params.get("order") ?? undefined });
  if (!query.success) return textResponse(400, "请选择有效的年度、范围（published 或 approved）和顺序（town-first 或 department-first）。");

  const { year, include, order } = query.data;
  const file = await exportCompilation({ actor: user, year, includeApproved: include === "approved", order });
  if (!file) return textResponse(404, `${year}年度没有可汇编的报告。`);
  return new Response(new Uint8Array(file.body), {
    headers: { "Content-Type": DOCX_CONTENT_TYPE, "Content-Disposition": file.contentDisposition, "Cache-Control": "private, no-store" },
  });
}

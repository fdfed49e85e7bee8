import type { NextRequest } from "next/server";
import { DOCX_CONTENT_TYPE, reportForDocx } from "@/lib/public/docx/build-report-docx";
import { getReportDocx } from "@/lib/public/docx/get-report-docx";
import { WORD_CACHE_CONTROL, wordContentDisposition, wordETag } from "@/lib/public/docx/word-download";
import { getPublishedReport } from "@/lib/public/get-published-report";
import { wordNotFound } from "./word-not-found";

/** The current publication of a unit's report for a year, as a .docx file (GB/T 9704-2012). */
export async function GET(request: NextRequest, ctx: RouteContext<"/reports/[year]/[unit]/word">) {
  const { year, unit } = await ctx.params;
  const report = /^\d{4}$/.test(year) ? await getPublishedReport({ year: Number(year), unitSlug: unit }) : null;
  // A withdrawn report keeps its page with the notice, but its text is no longer given out.
  if (!report || report.withdrawn) return wordNotFound();

  const input = reportForDocx(report);
  const etag = wordETag(input);
  const headers = { "Cache-Control": WORD_CACHE_CONTROL, ETag: etag };
  if (request.headers.get("if-none-match")?.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });

  const file = await getReportDocx(input);
  return new Response(new Uint8Array(file), {
    headers: {
      ...headers,
      "Content-Type": DOCX_CONTENT_TYPE,
      "Content-Disposition": wordContentDisposition({ title: report.title, year: report.year, unitSlug: report.unit.slug }),
    },
  });
}

import type { NextRequest } from "next/server";
import { getPublicCompilation } from "@/lib/compilation/export-compilation";
import { DOCX_CONTENT_TYPE } from "@/lib/public/docx/build-report-docx";
import { WORD_CACHE_CONTROL } from "@/lib/public/docx/word-download";

function notFound(): Response {
  return new Response("该年度没有已公开的报告，无法提供汇编。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** The year's published reports as one Word file (汇编), cached like the single report's Word file. */
export async function GET(request: NextRequest, ctx: { params: Promise<{ year: string }> }) {
  const { year } = await ctx.params;
  const compilation = /^\d{4}$/.test(year) ? await getPublicCompilation({ year: Number(year) }) : null;
  if (!compilation) return notFound();

  const headers = { "Cache-Control": WORD_CACHE_CONTROL, ETag: compilation.etag };
  if (request.headers.get("if-none-match")?.split(/\s*,\s*/).includes(compilation.etag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(await compilation.body()), {
    headers: { ...headers, "Content-Type": DOCX_CONTENT_TYPE, "Content-Disposition": compilation.contentDisposition },
  });
}

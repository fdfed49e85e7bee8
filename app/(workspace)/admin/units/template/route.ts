import type { NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { errorMessages } from "@/lib/errors";
import { attachmentHeader } from "@/lib/export/spreadsheet";
import { exportUnitSheet } from "@/lib/units/export-unit-sheet";

const paramsSchema = z.object({
  format: z.enum(["csv", "xlsx"], { error: "格式只能是 csv 或 xlsx。" }).default("xlsx"),
  content: z.enum(["template", "current"], { error: "内容只能是 template 或 current。" }).default("template"),
});

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

// The import template (blank, or the district's units in the same columns) as a download.
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return text(401, errorMessages.UNAUTHENTICATED);
  if (!can(user, "admin:manage")) return text(404, errorMessages.NOT_FOUND);
  const params = request.nextUrl.searchParams;
  const parsed = paramsSchema.safeParse({ format: params.get("format") ?? undefined, content: params.get("content") ?? undefined });
  if (!parsed.success) return text(400, parsed.error.issues[0].message);
  const file = await exportUnitSheet({ actor: user, ...parsed.data });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentHeader(file.fileName, file.asciiFallback),
      "Cache-Control": "private, no-store",
    },
  });
}

import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { errorMessages } from "@/lib/errors";
import { resolveAuditQuery } from "@/lib/audit/resolve-audit-query";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import type { SearchParams } from "@/lib/audit/audit-query";
import { attachmentHeader, spreadsheetTypes } from "@/lib/export/spreadsheet";
import { chinaToday, toCalendarDateString } from "@/lib/dates";

// The same filters as /review/audit, as a file. proxy.ts already sends signed-out visitors to the
// sign-in page; this handler checks the session and permission itself all the same.
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return new Response(errorMessages.UNAUTHENTICATED, { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!can(user, "audit:list")) return new Response(errorMessages.NOT_FOUND, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const params: SearchParams = {};
  for (const key of new Set(request.nextUrl.searchParams.keys())) params[key] = request.nextUrl.searchParams.getAll(key);
  // A paging cursor means nothing to a download: the file always starts from the newest event.
  delete params.before;
  const { filters } = await resolveAuditQuery({ actor: user, params });
  const { csv } = await exportAuditLog({ actor: user, filters });

  const day = toCalendarDateString(chinaToday());
  return new Response(new Uint8Array(csv), {
    headers: {
      "Content-Type": spreadsheetTypes.csv,
      "Content-Disposition": attachmentHeader(`审计日志-${day}.csv`, `audit-log-${day}.csv`),
      // Personal data (IP addresses): never kept by a browser or proxy cache.
      "Cache-Control": "no-store",
    },
  });
}

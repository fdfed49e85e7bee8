import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { spreadsheetTypes, toCsv, toXlsx } from "@/lib/export/spreadsheet";
import type { DashboardQuery } from "@/lib/review/dashboard-query";
import { dashboardFileNames, dashboardSheet } from "@/lib/review/dashboard-sheet";
import { getReviewDashboard } from "@/lib/review/get-review-dashboard";

export type ExportFormat = "csv" | "xlsx";

export type ExportReviewDashboardOptions = { actor: Actor; query: DashboardQuery; format: ExportFormat; now?: Date };

export type DashboardExport = { body: Buffer; contentType: string; fileName: string; asciiFallback: string; rows: number };

/**
 * The dashboard as the actor sees it with this query, as CSV or XLSX. Who took which data is
 * audited (DATA_EXPORTED); null when the district has no reporting year.
 */
export async function exportReviewDashboard({ actor, query, format, now }: ExportReviewDashboardOptions): Promise<DashboardExport | null> {
  const dashboard = await getReviewDashboard({ actor, query, now });
  if (!dashboard) return null;
  const sheet = dashboardSheet(dashboard);
  const body = format === "csv" ? await toCsv(sheet) : await toXlsx(sheet);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      kind: "DATA_EXPORTED",
      actorId: actor.id,
      districtId: actor.districtId,
      data: { what: "dashboard", year: dashboard.year, format, rows: dashboard.rows.length },
    }),
  );
  return { body, contentType: spreadsheetTypes[format], rows: dashboard.rows.length, ...dashboardFileNames(dashboard.year, format) };
}

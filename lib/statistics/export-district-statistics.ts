import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { spreadsheetTypes, toXlsxSheets } from "@/lib/export/spreadsheet";
import { getDistrictStatistics } from "@/lib/statistics/get-district-statistics";
import { statisticsSheets } from "@/lib/statistics/statistics-sheets";

/** The year's statistics as XLSX, audited as an export; null without a reporting year. */
export async function exportDistrictStatistics({ actor, year }: { actor: Actor; year?: number }) {
  const stats = await getDistrictStatistics({ actor, year });
  if (!stats) return null;
  const body = await toXlsxSheets(statisticsSheets(stats));
  await db.$transaction((tx) =>
    recordAudit(tx, { kind: "DATA_EXPORTED", actorId: actor.id, districtId: actor.districtId, data: { what: "statistics", year: stats.year, format: "xlsx" } }),
  );
  return { body, contentType: spreadsheetTypes.xlsx, fileName: `${stats.year}年度统计数据.xlsx`, asciiFallback: `statistics-${stats.year}.xlsx` };
}

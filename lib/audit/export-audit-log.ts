import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AuditCursor, AuditFilters } from "@/lib/audit/audit-query";
import type { AuditEntry } from "@/lib/audit/audit-entries";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { formatAuditTimestamp } from "@/lib/audit/format-audit-time";
import { toCsv, type SpreadsheetColumn } from "@/lib/export/spreadsheet";

/** Keeps one download's memory and time bounded; the page says so next to the link. */
export const auditExportLimit = 50_000;
const chunkSize = 2_000;

const columns: SpreadsheetColumn<AuditEntry>[] = [
  // A string, not a Date: the spreadsheet module writes moments to the minute, and an audit trail needs the second.
  { header: "时间", value: (e) => formatAuditTimestamp(e.createdAt) },
  { header: "用户", value: (e) => e.actor?.name ?? "" },
  { header: "账号", value: (e) => e.actor?.login ?? "" },
  { header: "单位", value: (e) => e.unitName ?? "" },
  { header: "操作", value: (e) => e.kindLabel },
  { header: "报告", value: (e) => (e.report ? `${e.report.year}年度 ${e.report.unitShortName}` : "") },
  { header: "说明", value: (e) => e.description },
  { header: "IP", value: (e) => e.ip ?? "" },
  { header: "浏览器", value: (e) => e.userAgent ?? "" },
];

export type AuditExport = { csv: Buffer; rows: number; isTruncated: boolean };

/**
 * The filtered district log as CSV, newest first, at most auditExportLimit rows. The export is
 * itself audited (who took which personal data out, and how much) before the file is handed over.
 */
export async function exportAuditLog({ actor, filters, limit = auditExportLimit }: { actor: Actor; filters: AuditFilters; limit?: number }): Promise<AuditExport> {
  assertCan(actor, "audit:list");
  const entries: AuditEntry[] = [];
  let before: AuditCursor | null = null;
  let isTruncated = false;
  // Read page by page along the same keyset as the screen, so no single query holds 50,000 rows.
  do {
    const page = await listAuditEvents({ actor, filters, before, limit: Math.min(chunkSize, limit - entries.length) });
    entries.push(...page.entries);
    before = page.next;
    if (before && entries.length >= limit) isTruncated = true;
  } while (before && !isTruncated);

  const csv = await toCsv({ sheetName: "审计日志", columns, rows: entries });
  await db.$transaction((tx) =>
    recordAudit(tx, {
      kind: "DATA_EXPORTED",
      actorId: actor.id,
      districtId: actor.districtId,
      data: { what: "audit", filters, rows: entries.length, isTruncated },
    }),
  );
  return { csv, rows: entries.length, isTruncated };
}

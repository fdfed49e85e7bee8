import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toCalendarDateString } from "@/lib/dates";

export const yearSelect = { id: true, year: true, internalDeadline: true, publicationDeadline: true, isOpen: true, unitSignOff: true } as const;

type YearRow = { id: string; year: number; internalDeadline: Date | null; publicationDeadline: Date; isOpen: boolean; unitSignOff: boolean };

/** Audit before/after: deadlines as the calendar dates they name, and the 单位审签 setting. */
export function yearAuditState(row: YearRow) {
  return {
    year: row.year,
    internalDeadline: row.internalDeadline ? toCalendarDateString(row.internalDeadline) : null,
    publicationDeadline: toCalendarDateString(row.publicationDeadline),
    isOpen: row.isOpen,
    unitSignOff: row.unitSignOff,
  };
}

export async function requireDistrictYear(tx: Tx, options: { districtId: string; year: number }): Promise<YearRow> {
  const row = await tx.reportingYear.findUnique({ where: { districtId_year: { districtId: options.districtId, year: options.year } }, select: yearSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

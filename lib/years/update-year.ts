import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { deadlineErrors } from "@/lib/years/year-rules";
import { requireDistrictYear, yearAuditState, yearSelect } from "@/lib/years/year-snapshot";
import type { UpdateYearInput } from "@/lib/years/schemas";

export async function updateYearDeadlines({ actor, input }: { actor: Actor; input: UpdateYearInput }): Promise<void> {
  assertCan(actor, "admin:manage");
  const publicationDeadline = input.publicationDeadline!;
  const errors = deadlineErrors({ year: input.year, internalDeadline: input.internalDeadline, publicationDeadline });
  if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", "截止日期有误，请按提示修改。", { fieldErrors: errors });
  await db.$transaction(async (tx) => {
    const before = await requireDistrictYear(tx, { districtId: actor.districtId, year: input.year });
    const after = await tx.reportingYear.update({
      where: { id: before.id },
      data: { internalDeadline: input.internalDeadline, publicationDeadline },
      select: yearSelect,
    });
    await recordAudit(tx, {
      kind: "YEAR_UPDATED",
      actorId: actor.id,
      districtId: actor.districtId,
      targetId: before.id,
      data: { before: yearAuditState(before), after: yearAuditState(after) },
    });
  });
}

/**
 * Closes a year (no more drafting or submitting) or reopens it. Corrections of reports that were
 * published keep working on a closed year: see lib/reports/assert-year-writable.ts.
 */
export async function setYearOpen({ actor, year, isOpen }: { actor: Actor; year: number; isOpen: boolean }): Promise<void> {
  assertCan(actor, "admin:manage");
  await db.$transaction(async (tx) => {
    const before = await requireDistrictYear(tx, { districtId: actor.districtId, year });
    if (before.isOpen === isOpen) return;
    const after = await tx.reportingYear.update({ where: { id: before.id }, data: { isOpen }, select: yearSelect });
    await recordAudit(tx, {
      kind: isOpen ? "YEAR_REOPENED" : "YEAR_CLOSED",
      actorId: actor.id,
      districtId: actor.districtId,
      targetId: before.id,
      data: { before: yearAuditState(before), after: yearAuditState(after) },
    });
  });
}

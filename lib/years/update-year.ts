import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { deadlineErrors } from "@/lib/years/year-rules";
import { requireDistrictYear, yearAuditState, yearSelect } from "@/lib/years/year-snapshot";
import type { UpdateYearInput, YearSignOffInput } from "@/lib/years/schemas";

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

/**
 * Turns the unit's own sign-off (单位审签) on or off for a year. It cannot be turned off while
 * reports wait for a head: without the setting nobody would be asked to sign them off. A report
 * sent for sign-off in the instant the setting goes off still gets out of that state: signing
 * off and refusing do not depend on the setting (lib/reports/workflow.ts).
 */
export async function setYearSignOff({ actor, input }: { actor: Actor; input: YearSignOffInput }): Promise<void> {
  assertCan(actor, "admin:manage");
  await db.$transaction(async (tx) => {
    const before = await requireDistrictYear(tx, { districtId: actor.districtId, year: input.year });
    if (before.unitSignOff === input.unitSignOff) return;
    if (!input.unitSignOff) {
      const waiting = await tx.report.count({ where: { yearId: before.id, status: "AWAITING_SIGNOFF" } });
      if (waiting > 0) {
        throw new AppError(
          "SIGNOFF_PENDING",
          `${input.year} 年度还有 ${waiting} 份报告正在等待单位负责人审签，暂不能关闭单位审签。请待这些报告审签通过或退回后再关闭。`,
          { waiting },
        );
      }
    }
    const after = await tx.reportingYear.update({ where: { id: before.id }, data: { unitSignOff: input.unitSignOff }, select: yearSelect });
    await recordAudit(tx, {
      kind: "YEAR_UPDATED",
      actorId: actor.id,
      districtId: actor.districtId,
      targetId: before.id,
      data: { before: yearAuditState(before), after: yearAuditState(after) },
    });
  });
}

import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { notSubmittedStatuses, reminderKinds } from "@/lib/reminders/plan-reminders";
import type { UrgeInput } from "@/lib/notifications/schemas";

/**
 * 催报: a reviewer reminds one unit, or every unit that has not submitted, with an optional
 * message. Each unit's reminder is audited (REPORT_URGED), which notifies its clerks and head
 * (lib/notifications/audit-rules.ts), and logged, so the desk shows how often a unit was urged.
 */
export async function urgeUnits({ actor, input, now = new Date() }: { actor: Actor; input: UrgeInput; now?: Date }): Promise<{ urged: number }> {
  assertCan(actor, "review:urge");
  return db.$transaction(async (tx) => {
    const year = await tx.reportingYear.findUnique({ where: { districtId_year: { districtId: actor.districtId, year: input.year } }, select: { id: true, year: true } });
    if (!year) throw new AppError("YEAR_NOT_FOUND");
    const units = await tx.unit.findMany({
      where: { districtId: actor.districtId, isActive: true, ...(input.target === "late" ? {} : { id: input.target }) },
      select: { id: true, reports: { where: { yearId: year.id }, select: { id: true, status: true } } },
    });
    if (input.target !== "late" && units.length === 0) throw new AppError("NOT_FOUND");
    const late = units.filter((u) => (notSubmittedStatuses as readonly (string | null)[]).includes(u.reports[0]?.status ?? null));
    if (late.length === 0) throw new AppError("NOTHING_TO_URGE");
    for (const unit of late) {
      const log = await tx.reminderLog.create({
        data: { yearId: year.id, unitId: unit.id, kind: reminderKinds.urge, step: crypto.randomUUID(), actorId: actor.id, message: input.message || null, createdAt: now },
        select: { id: true },
      });
      await recordAudit(tx, {
        kind: "REPORT_URGED",
        actorId: actor.id,
        districtId: actor.districtId,
        reportId: unit.reports[0]?.id ?? null,
        targetId: log.id,
        data: { unitId: unit.id, year: year.year, message: input.message || null, all: input.target === "late" },
      });
    }
    return { urged: late.length };
  }, { timeout: 30_000 });
}

import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditFields, unitSnapshotSelect, type UnitSnapshot } from "@/lib/units/unit-snapshot";

export type SetUnitActiveOptions = { actor: Actor; unitId: string; isActive: boolean };

/**
 * Deactivation is how a unit leaves (units with reports are never deleted): it leaves the review
 * desk and the public overview's future years; its published reports stay public; its users'
 * accounts are not touched (the admin deactivates them on the users page if they leave too).
 */
export async function setUnitActive({ actor, unitId, isActive }: SetUnitActiveOptions): Promise<UnitSnapshot> {
  assertCan(actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findFirst({ where: { id: unitId, districtId: actor.districtId }, select: unitSnapshotSelect });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.isActive === isActive) return before;
    const unit = await tx.unit.update({ where: { id: unitId }, data: { isActive }, select: unitSnapshotSelect });
    await recordAudit(tx, {
      kind: isActive ? "UNIT_REACTIVATED" : "UNIT_DEACTIVATED",
      actorId: actor.id,
      districtId: actor.districtId,
      targetId: unit.id,
      data: { before: auditFields(before), after: auditFields(unit) },
    });
    return unit;
  });
}

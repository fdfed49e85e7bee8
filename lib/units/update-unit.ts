import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { checkUnitInput } from "@/lib/units/check-unit-input";
import type { UnitFormInput } from "@/lib/units/schemas";
import { auditFields, unitSnapshotSelect, type UnitSnapshot } from "@/lib/units/unit-snapshot";

export type UpdateUnitOptions = { actor: Actor; unitId: string; input: UnitFormInput };

/** Renames or re-codes a unit; a rename never touches the slug, which has its own field. */
export async function updateUnit({ actor, unitId, input }: UpdateUnitOptions): Promise<{ unit: UnitSnapshot; isChanged: boolean }> {
  assertCan(actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findFirst({ where: { id: unitId, districtId: actor.districtId }, select: unitSnapshotSelect });
    if (!before) throw new AppError("NOT_FOUND");
    await checkUnitInput(tx, actor.districtId, input, before);
    const data = { ...input, sortOrder: input.sortOrder ?? before.sortOrder };
    const isChanged = (Object.keys(data) as (keyof typeof data)[]).some((key) => data[key] !== before[key]);
    if (!isChanged) return { unit: before, isChanged };
    const unit = await tx.unit.update({ where: { id: unitId }, data, select: unitSnapshotSelect });
    await recordAudit(tx, { kind: "UNIT_UPDATED", actorId: actor.id, districtId: actor.districtId, targetId: unit.id, data: { before: auditFields(before), after: auditFields(unit) } });
    return { unit, isChanged };
  });
}

import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { checkUnitInput } from "@/lib/units/check-unit-input";
import type { UnitFormInput } from "@/lib/units/schemas";
import { auditFields, unitSnapshotSelect, type UnitSnapshot } from "@/lib/units/unit-snapshot";

export type CreateUnitOptions = { actor: Actor; input: UnitFormInput };

/** A new unit, active, at the end of its kind unless a sort order is given. */
export async function createUnit({ actor, input }: CreateUnitOptions): Promise<UnitSnapshot> {
  assertCan(actor, "admin:manage");
  return db.$transaction(async (tx) => {
    await checkUnitInput(tx, actor.districtId, input, null);
    const last = await tx.unit.findFirst({ where: { districtId: actor.districtId, kind: input.kind }, orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
    const unit = await tx.unit.create({
      data: { ...input, districtId: actor.districtId, sortOrder: input.sortOrder ?? (last ? last.sortOrder + 10 : 10) },
      select: unitSnapshotSelect,
    });
    await recordAudit(tx, { kind: "UNIT_CREATED", actorId: actor.id, districtId: actor.districtId, targetId: unit.id, data: { before: null, after: auditFields(unit) } });
    return unit;
  });
}

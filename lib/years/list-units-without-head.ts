import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/**
 * The district's active units that have no active unit head (单位负责人): with 单位审签 on, their
 * reports could be sent for sign-off but nobody could sign them. Shown to the admin beside the setting.
 */
export async function listUnitsWithoutHead({ actor }: { actor: Actor }): Promise<{ id: string; shortName: string }[]> {
  assertCan(actor, "admin:manage");
  return db.unit.findMany({
    where: { districtId: actor.districtId, isActive: true, users: { none: { role: "UNIT_HEAD", isActive: true } } },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }],
    select: { id: true, shortName: true },
  });
}

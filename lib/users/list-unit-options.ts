import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export type UnitOption = { id: string; shortName: string; kind: "TOWN" | "DEPARTMENT"; isActive: boolean };

/** The district's units for the role/unit pickers and the list filter, in the district's order. */
export async function listUnitOptions({ actor }: { actor: Actor }): Promise<UnitOption[]> {
  assertCan(actor, "admin:manage");
  return db.unit.findMany({
    where: { districtId: actor.districtId },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { shortName: "asc" }],
    select: { id: true, shortName: true, kind: true, isActive: true },
  });
}

import "server-only";
import { db } from "@/lib/db";
import type { UnitKind } from "./types";

export type UnpublishedUnit = { unitName: string; unitKind: UnitKind };

/**
 * Active units of the districts that ran this reporting year with no public report for it (none
 * published yet, or withdrawn): the statistics page names them as not included.
 */
export async function listUnpublishedUnits({ year }: { year: number }): Promise<UnpublishedUnit[]> {
  const units = await db.unit.findMany({
    where: {
      isActive: true,
      district: { years: { some: { year } } },
      NOT: { reports: { some: { year: { year }, publications: { some: { isCurrent: true, withdrawnAt: null } } } } },
    },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { shortName: "asc" }],
    select: { shortName: true, kind: true },
  });
  return units.map((u) => ({ unitName: u.shortName, unitKind: u.kind }));
}

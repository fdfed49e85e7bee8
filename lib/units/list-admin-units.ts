import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { UnitsQuery } from "@/lib/units/units-query";

export type AdminUnitRow = {
  id: string;
  kind: "TOWN" | "DEPARTMENT";
  name: string;
  shortName: string;
  slug: string;
  orgCode: string;
  sortOrder: number;
  isActive: boolean;
  reportCount: number;
  activeUserCount: number;
  /** Position within its kind (for the move buttons), counted over all units, not the filtered ones. */
  isFirstOfKind: boolean;
  isLastOfKind: boolean;
};

const collator = new Intl.Collator("zh-CN");
// Towns first, as the public tabs show them (the databases sort the enum differently: SQLite by
// name, PostgreSQL by declaration).
const kindRank = { TOWN: 0, DEPARTMENT: 1 } as const;

/** Every unit of the admin's district, filtered and sorted as the query asks. */
export async function listAdminUnits({ actor, query }: { actor: Actor; query: UnitsQuery }): Promise<{ rows: AdminUnitRow[]; total: number }> {
  assertCan(actor, "admin:manage");
  const stored = await db.unit.findMany({
    where: { districtId: actor.districtId },
    orderBy: [{ sortOrder: "asc" }, { shortName: "asc" }],
    select: {
      id: true, kind: true, name: true, shortName: true, slug: true, orgCode: true, sortOrder: true, isActive: true,
      _count: { select: { reports: true, users: { where: { isActive: true } } } },
    },
  });
  const units = [...stored].sort((a, b) => kindRank[a.kind] - kindRank[b.kind]);
  const rows: AdminUnitRow[] = units.map((u, i) => ({
    id: u.id, kind: u.kind, name: u.name, shortName: u.shortName, slug: u.slug, orgCode: u.orgCode, sortOrder: u.sortOrder, isActive: u.isActive,
    reportCount: u._count.reports,
    activeUserCount: u._count.users,
    isFirstOfKind: units[i - 1]?.kind !== u.kind,
    isLastOfKind: units[i + 1]?.kind !== u.kind,
  }));
  const { kind, active, q } = query.filters;
  const filtered = rows.filter(
    (r) =>
      (!kind || r.kind === (kind === "town" ? "TOWN" : "DEPARTMENT")) &&
      (!active || r.isActive === (active === "yes")) &&
      (!q || r.name.includes(q) || r.shortName.includes(q) || r.slug.includes(q.toLowerCase())),
  );
  const compare: Record<UnitsQuery["sort"], (a: AdminUnitRow, b: AdminUnitRow) => number> = {
    order: () => 0,
    name: (a, b) => collator.compare(a.shortName, b.shortName),
    kind: (a, b) => kindRank[a.kind] - kindRank[b.kind],
    status: (a, b) => Number(b.isActive) - Number(a.isActive),
  };
  // Stable sort over the kind/sort-order list, so ties keep the units' own order.
  const sign = query.dir === "desc" ? -1 : 1;
  const sorted = query.sort === "order" ? (sign === 1 ? filtered : [...filtered].reverse()) : [...filtered].sort((a, b) => sign * compare[query.sort](a, b));
  return { rows: sorted, total: rows.length };
}

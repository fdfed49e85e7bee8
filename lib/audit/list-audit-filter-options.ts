import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor, type Role } from "@/lib/auth/permissions";
import { roleLabels } from "@/lib/auth/role-labels";

export type AuditUserOption = { id: string; label: string };
export type AuditUnitOption = { id: string; shortName: string; kind: "TOWN" | "DEPARTMENT" };
export type AuditFilterOptions = { users: AuditUserOption[]; units: AuditUnitOption[] };

// District staff first, then each unit's clerks in the units' order.
const roleOrder: Record<Role, number> = { REVIEWER: 0, ADMIN: 1, UNIT_HEAD: 2, CLERK: 3 };
const unitKindOrder = { TOWN: 0, DEPARTMENT: 1 } as const;

/**
 * The district's users and units for the log's filters. Deactivated ones are included: their
 * events stay in the log for as long as the log is kept.
 */
export async function listAuditFilterOptions({ actor }: { actor: Actor }): Promise<AuditFilterOptions> {
  assertCan(actor, "audit:list");
  const [users, units] = await Promise.all([
    db.user.findMany({
      where: { districtId: actor.districtId },
      select: { id: true, name: true, login: true, role: true, isActive: true, unit: { select: { shortName: true, kind: true, sortOrder: true } } },
    }),
    db.unit.findMany({
      where: { districtId: actor.districtId },
      orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { shortName: "asc" }],
      select: { id: true, shortName: true, kind: true },
    }),
  ]);
  // Sorted here, not in SQL: the two databases order an enum column differently.
  users.sort(
    (a, b) =>
      roleOrder[a.role] - roleOrder[b.role] ||
      (a.unit ? unitKindOrder[a.unit.kind] : 0) - (b.unit ? unitKindOrder[b.unit.kind] : 0) ||
      (a.unit?.sortOrder ?? 0) - (b.unit?.sortOrder ?? 0) ||
      a.name.localeCompare(b.name, "zh-CN"),
  );
  return {
    users: users.map((u) => ({
      id: u.id,
      label: [u.name, u.login, roleLabels[u.role], u.unit?.shortName, u.isActive ? null : "已停用"].filter(Boolean).join(" · "),
    })),
    units,
  };
}

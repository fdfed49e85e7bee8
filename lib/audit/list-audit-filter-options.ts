import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { roleLabels } from "@/lib/auth/role-labels";

export type AuditUserOption = { id: string; label: string };
export type AuditUnitOption = { id: string; shortName: string; kind: "TOWN" | "DEPARTMENT" };
export type AuditFilterOptions = { users: AuditUserOption[]; units: AuditUnitOption[] };

/**
 * The district's users and units for the log's filters. Deactivated ones are included: their
 * events stay in the log for as long as the log is kept.
 */
export async function listAuditFilterOptions({ actor }: { actor: Actor }): Promise<AuditFilterOptions> {
  assertCan(actor, "audit:list");
  const [users, units] = await Promise.all([
    db.user.findMany({
      where: { districtId: actor.districtId },
      orderBy: [{ role: "desc" }, { unit: { sortOrder: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, login: true, role: true, isActive: true, unit: { select: { shortName: true } } },
    }),
    db.unit.findMany({
      where: { districtId: actor.districtId },
      orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { shortName: "asc" }],
      select: { id: true, shortName: true, kind: true },
    }),
  ]);
  return {
    users: users.map((u) => ({
      id: u.id,
      label: [u.name, u.login, roleLabels[u.role], u.unit?.shortName, u.isActive ? null : "已停用"].filter(Boolean).join(" · "),
    })),
    units,
  };
}

import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/auth/permissions";

/** What an admin change records as before/after: never the hash or any password. */
export const userSnapshotSelect = { id: true, name: true, login: true, role: true, unitId: true, isActive: true } as const;

export type UserSnapshot = { id: string; name: string; login: string; role: Role; unitId: string | null; isActive: boolean };

/** A user of the admin's own district, else NOT_FOUND (another district's users do not exist here). */
export async function requireDistrictUser(tx: Tx, options: { userId: string; districtId: string }): Promise<UserSnapshot> {
  const user = await tx.user.findFirst({ where: { id: options.userId, districtId: options.districtId }, select: userSnapshotSelect });
  if (!user) throw new AppError("NOT_FOUND");
  return user;
}

/** A clerk's unit must be an active unit of the same district. */
export async function assertAssignableUnit(tx: Tx, options: { unitId: string | null; districtId: string; currentUnitId?: string | null }): Promise<void> {
  if (!options.unitId) return;
  const unit = await tx.unit.findFirst({ where: { id: options.unitId, districtId: options.districtId }, select: { isActive: true } });
  if (!unit) throw new AppError("INVALID_INPUT", "所选单位不存在。");
  if (!unit.isActive && options.unitId !== options.currentUnitId) throw new AppError("INVALID_INPUT", "所选单位已停用，请选择启用的单位。");
}

export function countActiveAdmins(tx: Tx, districtId: string): Promise<number> {
  return tx.user.count({ where: { districtId, role: "ADMIN", isActive: true } });
}

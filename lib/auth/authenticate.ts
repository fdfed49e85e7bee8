import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";

export const maxFailedLogins = 5;
export const lockMinutes = 15;

export type AuthenticatedUser = { id: string; name: string; role: Role; unitId: string | null; districtId: string };

export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "INVALID" | "LOCKED"; lockedUntil?: Date };

/**
 * Checks a login and password, counting failures: the fifth in a row locks the account for
 * 15 minutes (等保 2.0). Unknown logins and wrong passwords get the same answer.
 */
export async function authenticate(options: { login: string; password: string; now?: Date }): Promise<AuthenticateResult> {
  const now = options.now ?? new Date();
  const user = await db.user.findUnique({
    where: { login: options.login },
    omit: { passwordHash: false },
  });
  if (!user || !user.isActive) {
    await db.$transaction((tx) =>
      recordAudit(tx, { kind: "AUTH_LOGIN_FAILED", districtId: user?.districtId, targetId: user?.id, data: { login: options.login.slice(0, 64) } }),
    );
    return { ok: false, reason: "INVALID" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await db.$transaction((tx) =>
      recordAudit(tx, { kind: "AUTH_LOGIN_FAILED", districtId: user.districtId, actorId: user.id, data: { reason: "locked" } }),
    );
    return { ok: false, reason: "LOCKED", lockedUntil: user.lockedUntil };
  }

  const isValid = await verifyPassword(user.passwordHash, options.password);
  if (!isValid) {
    const failures = user.failedLogins + 1;
    const lockedUntil = failures >= maxFailedLogins ? new Date(now.getTime() + lockMinutes * 60_000) : null;
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: { failedLogins: lockedUntil ? 0 : failures, lockedUntil },
      });
      await recordAudit(tx, { kind: "AUTH_LOGIN_FAILED", districtId: user.districtId, actorId: user.id, data: { failures } });
      if (lockedUntil) {
        await recordAudit(tx, { kind: "AUTH_LOCKED", districtId: user.districtId, actorId: user.id, data: { until: lockedUntil.toISOString() } });
      }
    });
    return lockedUntil ? { ok: false, reason: "LOCKED", lockedUntil } : { ok: false, reason: "INVALID" };
  }

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
    await recordAudit(tx, { kind: "AUTH_LOGIN", districtId: user.districtId, actorId: user.id });
  });
  return {
    ok: true,
    user: { id: user.id, name: user.name, role: user.role, unitId: user.unitId, districtId: user.districtId },
  };
}

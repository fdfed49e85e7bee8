import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";

/** Lifts every sign-in lock on a login (from any address); returns how many limits were cleared. */
export async function unlockAccount(tx: Tx, options: { login: string; districtId: string; actorId: string }): Promise<number> {
  const { count } = await tx.loginThrottle.deleteMany({ where: { login: options.login } });
  // The legacy per-account counter still lives on User; clear it too so no old lock survives.
  const user = await tx.user.findUnique({ where: { login: options.login }, select: { id: true } });
  if (user) await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
  await recordAudit(tx, {
    kind: "AUTH_UNLOCKED",
    actorId: options.actorId,
    districtId: options.districtId,
    targetId: user?.id ?? null,
    data: { login: options.login, cleared: count },
  });
  return count;
}

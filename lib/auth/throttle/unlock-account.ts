import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { throttleLogin } from "@/lib/auth/throttle/throttle-rules";

/**
 * 解除锁定: clears every (login, address) counter of the login, so its owner can sign in at once
 * from any address. The caller (an admin action) checks permission; returns how many were cleared.
 */
export async function unlockAccount(tx: Tx, options: { login: string; actorId: string; districtId: string }): Promise<number> {
  const login = throttleLogin(options.login);
  const { count } = await tx.loginThrottle.deleteMany({ where: { scope: "ACCOUNT_IP", login } });
  // The account, when there is one, is the event's target, so its own history shows the unlock.
  const user = await tx.user.findUnique({ where: { login: options.login }, select: { id: true } });
  await recordAudit(tx, {
    kind: "AUTH_UNLOCKED",
    districtId: options.districtId,
    actorId: options.actorId,
    targetId: user?.id ?? null,
    data: { login, cleared: count },
  });
  return count;
}

/** Lifts the per-address limit of one address (e.g. an office's shared exit address). */
export async function unlockAddress(tx: Tx, options: { ip: string; actorId: string; districtId: string }): Promise<number> {
  const { count } = await tx.loginThrottle.deleteMany({ where: { scope: "IP", login: "", ip: options.ip } });
  await recordAudit(tx, { kind: "AUTH_UNLOCKED", districtId: options.districtId, actorId: options.actorId, data: { ip: options.ip, cleared: count } });
  return count;
}

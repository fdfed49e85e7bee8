import "server-only";
import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { endUserSessions } from "@/lib/auth/sessions/end-user-sessions";

export type ResetPasswordOptions = { userId: string; districtId: string; newPassword: string; actorId: string };

/**
 * Sets a one-time password chosen for the user by an admin: it must be changed at the next
 * sign-in, and every open session ends, so whoever held the account loses it now.
 * The password itself never reaches the audit log.
 */
export async function resetPassword(tx: Tx, options: ResetPasswordOptions): Promise<void> {
  const passwordHash = await hashPassword(options.newPassword);
  await tx.user.update({
    where: { id: options.userId },
    data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: true },
  });
  await tx.passwordHistory.create({ data: { userId: options.userId, passwordHash } });
  await endUserSessions(tx, { userId: options.userId, districtId: options.districtId, reason: "PASSWORD_RESET", endedById: options.actorId });
  await recordAudit(tx, { kind: "AUTH_PASSWORD_RESET", actorId: options.actorId, districtId: options.districtId, targetId: options.userId });
}

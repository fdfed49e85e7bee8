import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { storePassword } from "@/lib/auth/passwords/check-password-reuse";
import { endUserSessions } from "@/lib/auth/sessions/end-user-sessions";
import { recordAudit } from "@/lib/audit/record-audit";

export type ResetPasswordOptions = {
  userId: string;
  districtId: string;
  /** The one-time password the admin hands over; the caller generates or takes it. */
  newPassword: string;
  actorId: string;
};

/**
 * An admin's reset, inside the caller's transaction (the caller checks the admin's permission):
 * the new password is one-time (must be changed at the next sign-in), and every session of the
 * user ends, so whoever held a cookie is out at once. The password itself is never audited.
 */
export async function resetPassword(tx: Tx, options: ResetPasswordOptions): Promise<void> {
  const user = await tx.user.findFirst({
    where: { id: options.userId, districtId: options.districtId },
    select: { id: true, login: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  const problem = passwordProblem(options.newPassword, user.login);
  if (problem) throw new AppError("WEAK_PASSWORD", problem);

  const now = new Date();
  await storePassword(tx, { userId: user.id, passwordHash: await hashPassword(options.newPassword), mustChange: true, now });
  await endUserSessions(tx, { userId: user.id, districtId: options.districtId, reason: "PASSWORD_RESET", endedById: options.actorId });
  await recordAudit(tx, { kind: "AUTH_PASSWORD_RESET", districtId: options.districtId, actorId: options.actorId, targetId: user.id });
}

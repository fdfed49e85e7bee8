import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { isRecentPassword, storePassword } from "@/lib/auth/passwords/check-password-reuse";
import { endUserSessions } from "@/lib/auth/sessions/end-user-sessions";
import type { Actor } from "@/lib/auth/permissions";
import type { ChangePasswordInput } from "@/lib/auth/schemas";

export type ChangePasswordOptions = {
  actor: Actor;
  /** The session making the change stays open; every other one ends. */
  sessionId: string;
  input: Pick<ChangePasswordInput, "currentPassword" | "newPassword">;
  now?: Date;
};

/**
 * A user's own change, the normal one and the forced one after a reset (where the current
 * password is the one-time password just typed). Returns how many other sessions ended.
 */
export async function changePassword(options: ChangePasswordOptions): Promise<{ endedSessions: number }> {
  const now = options.now ?? new Date();
  const user = await db.user.findUniqueOrThrow({
    where: { id: options.actor.id },
    select: { id: true, login: true, districtId: true, passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, options.input.currentPassword))) throw new AppError("WRONG_PASSWORD");
  const problem = passwordProblem(options.input.newPassword, user.login);
  if (problem) throw new AppError("WEAK_PASSWORD", problem);
  if (await isRecentPassword(db, { userId: user.id, password: options.input.newPassword })) throw new AppError("PASSWORD_REUSED");
  const passwordHash = await hashPassword(options.input.newPassword);

  return db.$transaction(async (tx) => {
    await storePassword(tx, { userId: user.id, passwordHash, mustChange: false, now });
    const endedSessions = await endUserSessions(tx, {
      userId: user.id,
      districtId: user.districtId,
      reason: "PASSWORD_CHANGED",
      endedById: user.id,
      exceptSessionId: options.sessionId,
    });
    await recordAudit(tx, { kind: "AUTH_PASSWORD_CHANGED", districtId: user.districtId, actorId: user.id, targetId: user.id, data: { endedSessions } });
    return { endedSessions };
  });
}

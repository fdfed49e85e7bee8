import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { endUserSessions } from "@/lib/auth/sessions/end-user-sessions";
import { lastAdminProblem } from "@/lib/users/last-admin";
import { countActiveAdmins, requireDistrictUser, userSnapshotSelect } from "@/lib/users/user-snapshot";

/** Deactivates (ending every session at once) or reactivates an account; accounts are never deleted. */
export async function setUserActive({ actor, userId, isActive }: { actor: Actor; userId: string; isActive: boolean }): Promise<void> {
  assertCan(actor, "admin:manage");
  await db.$transaction(async (tx) => {
    const before = await requireDistrictUser(tx, { userId, districtId: actor.districtId });
    if (before.isActive === isActive) return;
    const problem = lastAdminProblem({
      before,
      after: { role: before.role, isActive },
      activeAdminCount: await countActiveAdmins(tx, actor.districtId),
      isSelf: before.id === actor.id,
    });
    if (problem) throw new AppError("FORBIDDEN", problem);
    const after = await tx.user.update({ where: { id: userId }, data: { isActive }, select: userSnapshotSelect });
    await recordAudit(tx, {
      kind: isActive ? "USER_REACTIVATED" : "USER_DEACTIVATED",
      actorId: actor.id,
      districtId: actor.districtId,
      targetId: userId,
      data: { before, after },
    });
    if (!isActive) await endUserSessions(tx, { userId, districtId: actor.districtId, reason: "DEACTIVATED", endedById: actor.id });
  });
}

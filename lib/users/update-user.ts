import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, isUnitRole, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { endUserSessions } from "@/lib/auth/sessions/end-user-sessions";
import { lastAdminProblem } from "@/lib/users/last-admin";
import { assertAssignableUnit, countActiveAdmins, requireDistrictUser, userSnapshotSelect } from "@/lib/users/user-snapshot";
import type { UpdateUserInput } from "@/lib/users/schemas";

/**
 * Changes a user's name, role, unit and e-mail address (left as it is when the input has none).
 * A new role or unit changes what the user may see, so their sessions end and the next request
 * signs in afresh with the new rights; a new address does not.
 */
export async function updateUser({ actor, input }: { actor: Actor; input: UpdateUserInput }): Promise<{ sessionsEnded: number }> {
  assertCan(actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const snapshot = await requireDistrictUser(tx, { userId: input.userId, districtId: actor.districtId });
    const { email: storedEmail } = await tx.user.findUniqueOrThrow({ where: { id: snapshot.id }, select: { email: true } });
    const before = { ...snapshot, email: storedEmail };
    const unitId = isUnitRole(input.role) ? input.unitId : null;
    const email = input.email === undefined ? before.email : input.email;
    await assertAssignableUnit(tx, { unitId, districtId: actor.districtId, currentUnitId: before.unitId });
    const problem = lastAdminProblem({
      before,
      after: { role: input.role, isActive: before.isActive },
      activeAdminCount: await countActiveAdmins(tx, actor.districtId),
      isSelf: before.id === actor.id,
    });
    if (problem) throw new AppError("FORBIDDEN", problem);
    if (before.name === input.name && before.role === input.role && before.unitId === unitId && before.email === email) return { sessionsEnded: 0 };

    const after = await tx.user.update({
      where: { id: before.id },
      data: { name: input.name, role: input.role, unitId, email },
      select: { ...userSnapshotSelect, email: true },
    });
    await recordAudit(tx, { kind: "USER_UPDATED", actorId: actor.id, districtId: actor.districtId, targetId: before.id, data: { before, after } });
    const isRightsChange = before.role !== after.role || before.unitId !== after.unitId;
    const sessionsEnded = isRightsChange
      ? await endUserSessions(tx, { userId: before.id, districtId: actor.districtId, reason: "ROLE_CHANGED", endedById: actor.id })
      : 0;
    return { sessionsEnded };
  });
}

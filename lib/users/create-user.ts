import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, isUnitRole, type Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { generateOneTimePassword } from "@/lib/users/one-time-password";
import { assertAssignableUnit, userSnapshotSelect } from "@/lib/users/user-snapshot";
import type { CreateUserInput } from "@/lib/users/schemas";

/**
 * Creates an account with a one-time password that is returned once, to be shown once: it is
 * stored only as a hash and must be changed at the first sign-in.
 */
export async function createUser({ actor, input }: { actor: Actor; input: CreateUserInput }): Promise<{ id: string; login: string; password: string }> {
  assertCan(actor, "admin:manage");
  const password = generateOneTimePassword();
  // Hashing is slow (memory-hard); do it before the transaction so no write lock waits on it.
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { login: input.login }, select: { id: true } });
    if (taken) throw new AppError("INVALID_INPUT", `账号“${input.login}”已被使用，请换一个。`, { field: "login" });
    const unitId = isUnitRole(input.role) ? input.unitId : null;
    await assertAssignableUnit(tx, { unitId, districtId: actor.districtId });
    const user = await tx.user.create({
      data: {
        districtId: actor.districtId,
        login: input.login,
        name: input.name,
        role: input.role,
        unitId,
        email: input.email ?? null,
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: new Date(),
        passwordHistory: { create: { passwordHash } },
      },
      select: { ...userSnapshotSelect, email: true },
    });
    await recordAudit(tx, { kind: "USER_CREATED", actorId: actor.id, districtId: actor.districtId, targetId: user.id, data: { before: null, after: user } });
    return { id: user.id, login: user.login, password };
  });
}

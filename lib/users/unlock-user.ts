import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { unlockAccount } from "@/lib/auth/throttle/unlock-account";
import { requireDistrictUser } from "@/lib/users/user-snapshot";

export async function unlockUser({ actor, userId }: { actor: Actor; userId: string }): Promise<{ cleared: number }> {
  assertCan(actor, "admin:manage");
  return db.$transaction(async (tx) => {
    const user = await requireDistrictUser(tx, { userId, districtId: actor.districtId });
    const cleared = await unlockAccount(tx, { login: user.login, districtId: actor.districtId, actorId: actor.id });
    return { cleared };
  });
}

import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { resetPassword } from "@/lib/auth/reset-password";
import { generateOneTimePassword } from "@/lib/users/one-time-password";
import { requireDistrictUser } from "@/lib/users/user-snapshot";

/** An admin's reset: a new one-time password, returned once so the page can show it once. */
export async function resetUserPassword({ actor, userId }: { actor: Actor; userId: string }): Promise<{ password: string; login: string }> {
  assertCan(actor, "admin:manage");
  const password = generateOneTimePassword();
  const login = await db.$transaction(async (tx) => {
    const user = await requireDistrictUser(tx, { userId, districtId: actor.districtId });
    await resetPassword(tx, { userId: user.id, districtId: actor.districtId, newPassword: password, actorId: actor.id });
    return user.login;
  });
  return { password, login };
}

import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** The notification address of a user of the admin's district; null when none is set or no such user. */
export async function getUserEmail({ actor, userId }: { actor: Actor; userId: string }): Promise<string | null> {
  assertCan(actor, "admin:manage");
  const user = await db.user.findFirst({ where: { id: userId, districtId: actor.districtId }, select: { email: true } });
  return user?.email ?? null;
}

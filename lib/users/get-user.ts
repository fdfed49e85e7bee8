import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { lockedLoginSet, type UserRow } from "@/lib/users/list-users";

export type SessionRow = { id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; ip: string | null; userAgent: string | null };

export type UserDetail = UserRow & { createdAt: Date; passwordChangedAt: Date | null; sessions: SessionRow[] };

/** One user of the admin's district with their open sessions, or null. */
export async function getUser({ actor, userId, now = new Date() }: { actor: Actor; userId: string; now?: Date }): Promise<UserDetail | null> {
  assertCan(actor, "admin:manage");
  const user = await db.user.findFirst({
    where: { id: userId, districtId: actor.districtId },
    select: {
      id: true, name: true, login: true, role: true, unitId: true, isActive: true, mustChangePassword: true,
      lastLoginAt: true, lastLoginIp: true, createdAt: true, passwordChangedAt: true, unit: { select: { shortName: true } },
      sessions: {
        where: { endedAt: null, expiresAt: { gt: now } },
        orderBy: { lastSeenAt: "desc" },
        select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, ip: true, userAgent: true },
      },
    },
  });
  if (!user) return null;
  const locked = await lockedLoginSet(actor.districtId, now);
  const { unit, ...rest } = user;
  return { ...rest, unitName: unit?.shortName ?? null, activeSessions: user.sessions.length, isLocked: locked.has(user.login.toLowerCase()) };
}

import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { sortUsers, type UserQuery } from "@/lib/users/user-query";
import { listLockedLogins } from "@/lib/auth/throttle/list-locked-logins";
import { env } from "@/lib/env";
import type { Role } from "@/lib/auth/permissions";

export type UserRow = {
  id: string;
  name: string;
  login: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  lastLoginIp: string | null;
  activeSessions: number;
  isLocked: boolean;
};

/** Logins of the district whose sign-in is paused now from some address (lib/auth/throttle). */
export async function lockedLoginSet(districtId: string, now: Date): Promise<Set<string>> {
  const locks = await listLockedLogins(districtId, now);
  return new Set(locks.filter((lock) => lock.scope === "ACCOUNT_IP" && lock.user).map((lock) => lock.login));
}

/** Every user of the admin's district with sign-in state, filtered and sorted as the query says. */
export async function listUsers({ actor, query, now = new Date() }: { actor: Actor; query: UserQuery; now?: Date }): Promise<UserRow[]> {
  assertCan(actor, "admin:manage");
  const q = query.q;
  const [users, sessions, locked] = await Promise.all([
    db.user.findMany({
      where: {
        districtId: actor.districtId,
        ...(query.role ? { role: query.role } : {}),
        ...(query.unit ? { unitId: query.unit } : {}),
        ...(query.active === "all" ? {} : { isActive: query.active === "active" }),
        ...(q ? { OR: [{ name: { contains: q } }, { login: { contains: q.toLowerCase() } }] } : {}),
      },
      select: {
        id: true, name: true, login: true, role: true, unitId: true, isActive: true, mustChangePassword: true,
        lastLoginAt: true, lastLoginIp: true, unit: { select: { shortName: true } },
      },
    }),
    db.session.groupBy({
      by: ["userId"],
      where: {
        endedAt: null,
        expiresAt: { gt: now },
        lastSeenAt: { gt: new Date(now.getTime() - env.SESSION_IDLE_SECONDS * 1000) },
        user: { districtId: actor.districtId },
      },
      _count: { _all: true },
    }),
    lockedLoginSet(actor.districtId, now),
  ]);
  const sessionCount = new Map(sessions.map((s) => [s.userId, s._count._all]));
  const rows = users.map(({ unit, ...u }) => ({
    ...u,
    unitName: unit?.shortName ?? null,
    activeSessions: sessionCount.get(u.id) ?? 0,
    isLocked: locked.has(u.login.toLowerCase()),
  }));
  return sortUsers(rows, query);
}

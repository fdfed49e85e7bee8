import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { sortUsers, type UserQuery } from "@/lib/users/user-query";

export type UserRow = {
  id: string;
  name: string;
  login: string;
  role: "CLERK" | "REVIEWER" | "ADMIN";
  unitId: string | null;
  unitName: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  lastLoginIp: string | null;
  activeSessions: number;
  isLocked: boolean;
};

/** Logins locked now, by the per-address throttle or by the legacy per-account lock. */
export async function listLockedLogins(districtId: string, now: Date): Promise<Set<string>> {
  const [throttled, legacy] = await Promise.all([
    db.loginThrottle.findMany({ where: { lockedUntil: { gt: now }, login: { not: "" } }, select: { login: true }, distinct: ["login"] }),
    db.user.findMany({ where: { districtId, lockedUntil: { gt: now } }, select: { login: true } }),
  ]);
  return new Set([...throttled, ...legacy].map((r) => r.login));
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
      where: { endedAt: null, expiresAt: { gt: now }, user: { districtId: actor.districtId } },
      _count: { _all: true },
    }),
    listLockedLogins(actor.districtId, now),
  ]);
  const sessionCount = new Map(sessions.map((s) => [s.userId, s._count._all]));
  const rows = users.map(({ unit, ...u }) => ({
    ...u,
    unitName: unit?.shortName ?? null,
    activeSessions: sessionCount.get(u.id) ?? 0,
    isLocked: locked.has(u.login),
  }));
  return sortUsers(rows, query);
}
